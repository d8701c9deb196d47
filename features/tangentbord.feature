# language: sv
@tillganglighet @tangentbord
Egenskap: Logga in och ut med bara tangentbordet
  Som kund som inte använder mus
  vill jag kunna logga in och ut med tangentbordet
  för att Mina sidor ska gå att använda för mig också

  Hjälpsidan säger inget om tangentbordet. Scenarierna går samma väg som dess instruktioner
  ”Fyll i ditt kundnummer, se senaste fakturan” … ”Skriv in ditt lösenord. Klicka på "Logga in".”
  och ”Logga ut genom att klicka på ditt namn och sedan "Logga ut" uppe i högra hörnet.”, men med
  tangentbordet i stället för musen. De visar om Mina sidor går att använda utan mus.

  @H5
  Scenario: Jag loggar in med kundnummer genom att skriva och trycka på Tab och Enter
    Givet att jag är en privatkund med lösenord
    Och att jag är på inloggningssidan
    När jag väljer fliken "Kundnummer"
    Och jag går fram till "Kundnummer" med Tab-tangenten
    Och jag skriver mitt kundnummer
    Och jag trycker Tab
    Så har "Lösenord" fokus
    När jag skriver mitt lösenord
    Och jag trycker Tab
    Så har "Logga in" fokus
    När jag trycker Enter
    Så är jag inloggad på Mina sidor
    Och fokus syntes vid varje tangenttryckning

  @H6
  Scenario: Jag öppnar namnmenyn med Enter, når "Logga ut" och stänger menyn med Escape
    Givet att jag är en privatkund med lösenord
    Och att jag är inloggad
    När jag går fram till mitt namn uppe i högra hörnet med Tab-tangenten
    Och jag trycker Enter
    Och jag går fram till "Logga ut" med Tab-tangenten
    Så har "Logga ut" fokus
    När jag trycker Escape
    Så syns inte "Logga ut"
    Och fokus syntes vid varje tangenttryckning

  @H6
  Scenario: Jag öppnar namnmenyn med mellanslag och loggar ut med Enter på "Logga ut"
    Givet att jag är en privatkund med lösenord
    Och att jag är inloggad
    När jag går fram till mitt namn uppe i högra hörnet med Tab-tangenten
    Och jag trycker mellanslag
    Och jag går fram till "Logga ut" med Tab-tangenten
    Och jag trycker Enter
    Så är jag inte inloggad
    Och fokus syntes vid varje tangenttryckning

  @H5
  Scenario: Jag byter flik för inloggningssätt med piltangenterna
    Givet att jag är på inloggningssidan
    När jag går fram till den valda fliken med Tab-tangenten
    Och jag trycker högerpil
    Så är en annan flik vald och har fokus
    När jag trycker vänsterpil
    Så är den första fliken vald igen och har fokus
    Och fokus syntes vid varje tangenttryckning
