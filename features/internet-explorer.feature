# language: sv
Egenskap: Besökare med Internet Explorer uppmanas byta webbläsare
  Som kund med en gammal webbläsare
  vill jag få veta att Mina sidor inte fungerar fullt ut i den
  för att kunna byta till en webbläsare som fungerar

  Hjälpsidan: ”OBS! Mina sidor har tyvärr inte fullt stöd för Internet explorer - kolla att du
  använder en annan webbläsare.”

  Vår läsning: den som öppnar Mina sidor i Internet Explorer ska få ett meddelande som nämner
  Internet Explorer och uppmanar till en annan webbläsare; ordalydelsen är portalens egen.

  @H1 @bevis
  Scenariomall: Den som använder Internet Explorer uppmanas att använda en annan webbläsare
    Givet att jag använder webbläsaren "<webbläsare>"
    När jag öppnar nya Mina sidor
    Så uppmanas jag att använda en annan webbläsare

    Exempel:
      | webbläsare            |
      | Internet Explorer 11  |
      | Internet Explorer 10  |

  @H1 @bevis
  Scenario: Den som använder en modern webbläsare uppmanas inte att byta webbläsare
    När jag öppnar nya Mina sidor
    Så uppmanas jag inte att byta webbläsare

  @H1 @referensbeslut
  Scenario: Referensportalens meddelande till den som använder Internet Explorer
    Givet att jag använder webbläsaren "Internet Explorer 11"
    När jag öppnar nya Mina sidor
    Så ser jag meddelandet "OBS! Mina sidor har tyvärr inte fullt stöd för Internet Explorer. Använd en annan webbläsare, till exempel Microsoft Edge, Google Chrome, Mozilla Firefox eller Safari."
    Och meddelandet föreslår en annan webbläsare
