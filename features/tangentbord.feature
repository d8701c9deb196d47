# language: sv
@tangentbord
Egenskap: Logga in och ut med bara tangentbordet
  Som kund som inte använder mus
  vill jag kunna logga in och ut med tangentbordet
  för att Mina sidor ska gå att använda för mig också

  Hjälpsidan säger inget om tangentbordet; scenarierna följer dess ordning: "Fyll i ditt
  kundnummer. Skriv in ditt lösenord. Klicka på Logga in." (H5) och "Logga ut genom att klicka
  på ditt namn och sedan Logga ut" (H6). Regeltaggen säger vilken regels väg de följer; de
  avgör inte regelns utslag i rapporten, utan visas under "Bara tangentbord".

  @H5
  Scenario: Logga in med kundnummer med bara Tab, skrivning och Enter
    Givet att jag är en privatkund med lösenord
    Och att jag är på inloggningssidan
    När jag väljer fliken "Kundnummer"
    Och jag tabbar fram till "Kundnummer"
    Och jag skriver mitt kundnummer
    Och jag trycker Tab
    Så har "Lösenord" fokus
    När jag skriver mitt lösenord
    Och jag trycker Tab
    Så har "Logga in" fokus
    När jag trycker Enter
    Så är jag inloggad på Mina sidor
    Och syntes fokus vid varje tangenttryckning

  @H6
  Scenario: Namnmenyn öppnas med Enter, når "Logga ut" och stängs med Escape
    Givet att jag är en privatkund med lösenord
    Och att jag är inloggad
    När jag tabbar fram till mitt namn uppe i högra hörnet
    Och jag trycker Enter
    Och jag tabbar fram till "Logga ut"
    Så har "Logga ut" fokus
    När jag trycker Escape
    Så syns inte "Logga ut"
    Och syntes fokus vid varje tangenttryckning

  @H6
  Scenario: Namnmenyn öppnas med mellanslag och "Logga ut" loggar ut med Enter
    Givet att jag är en privatkund med lösenord
    Och att jag är inloggad
    När jag tabbar fram till mitt namn uppe i högra hörnet
    Och jag trycker mellanslag
    Och jag tabbar fram till "Logga ut"
    Och jag trycker Enter
    Så jag är inte inloggad
    Och syntes fokus vid varje tangenttryckning

  @H5
  Scenario: Flikarna för inloggningssätt byts med piltangenterna
    Givet att jag är på inloggningssidan
    När jag tabbar fram till den valda fliken
    Och jag trycker högerpil
    Så är en annan flik vald och har fokus
    När jag trycker vänsterpil
    Så är den första fliken vald igen och har fokus
    Och syntes fokus vid varje tangenttryckning
