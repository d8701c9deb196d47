# language: sv
Egenskap: Besökare med Internet Explorer uppmanas byta webbläsare
  Som kund med en gammal webbläsare
  vill jag få veta att Mina sidor inte fungerar fullt ut i den
  för att kunna byta till en webbläsare som fungerar

  Hjälpsidan: "OBS! Mina sidor har tyvärr inte fullt stöd för Internet explorer - kolla att
  du använder en annan webbläsare."

  @H1 @bevis
  Scenariomall: Internet Explorer får ett meddelande om att använda en annan webbläsare
    Givet att jag använder webbläsaren "<webbläsare>"
    När jag öppnar nya Mina sidor
    Så ser jag meddelandet "Mina sidor har tyvärr inte fullt stöd för Internet Explorer"
    Och meddelandet föreslår en annan webbläsare

    Exempel:
      | webbläsare            |
      | Internet Explorer 11  |
      | Internet Explorer 10  |

  @H1 @bevis
  Scenario: En modern webbläsare får inget sådant meddelande
    När jag öppnar nya Mina sidor
    Så ser jag inte meddelandet "Mina sidor har tyvärr inte fullt stöd för Internet Explorer"
