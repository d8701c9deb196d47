# language: sv
Egenskap: Besökare med Internet Explorer uppmanas byta webbläsare
  Som kund med en gammal webbläsare
  vill jag få veta att Mina sidor inte fungerar fullt ut i den
  för att kunna byta till en webbläsare som fungerar

  Hjälpsidan: ”OBS! Mina sidor har tyvärr inte fullt stöd för Internet explorer - kolla att du
  använder en annan webbläsare.”

  @H1 @bevis
  Scenariomall: Den som använder Internet Explorer får veta att byta till en annan webbläsare
    Givet att jag använder webbläsaren "<webbläsare>"
    När jag öppnar nya Mina sidor
    Så ser jag meddelandet "OBS! Mina sidor har tyvärr inte fullt stöd för Internet Explorer. Använd en annan webbläsare, till exempel Microsoft Edge, Google Chrome, Mozilla Firefox eller Safari."
    Och meddelandet föreslår en annan webbläsare

    Exempel:
      | webbläsare            |
      | Internet Explorer 11  |
      | Internet Explorer 10  |

  @H1 @bevis
  Scenario: Den som använder en modern webbläsare får inget sådant meddelande
    När jag öppnar nya Mina sidor
    Så ser jag inte meddelandet "OBS! Mina sidor har tyvärr inte fullt stöd för Internet Explorer. Använd en annan webbläsare, till exempel Microsoft Edge, Google Chrome, Mozilla Firefox eller Safari."
