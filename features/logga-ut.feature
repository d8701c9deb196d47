# language: sv
Egenskap: Logga ut
  Som inloggad kund
  vill jag kunna logga ut
  för att ingen annan ska komma åt mina uppgifter på samma dator

  Hjälpsidan: ”Logga ut genom att klicka på ditt namn och sedan "Logga ut" uppe i högra hörnet.”

  Vår läsning: den som har loggat ut är utloggad på riktigt. Att inloggningen slutar gälla på
  servern, att sidan inte går att se igen med Bakåt och att en inaktiv kund loggas ut efter en
  halvtimme är referensportalens säkerhetsbeslut (@referensbeslut).

  Bakgrund:
    Givet att jag är en privatkund med lösenord
    Och att jag är inloggad

  @H6 @bevis @mobil
  Scenario: Jag loggar ut via mitt namn uppe i högra hörnet
    När jag klickar på mitt namn uppe i högra hörnet
    Och jag klickar på "Logga ut"
    Så är jag inte inloggad
    När jag öppnar Mina sidor igen
    Så är jag inte inloggad

  @H6 @referensbeslut @historik
  Scenario: Den som går tillbaka i webbläsaren efter utloggningen ser inte Mina sidor
    När jag loggar ut
    Och jag går tillbaka i webbläsaren
    Så ser jag inte Mina sidor
    Och jag är inte inloggad

  @H6 @referensbeslut
  Scenario: Någon som har kopierat min inloggning från webbläsaren kommer inte in när jag har loggat ut
    Givet att någon annan har kopierat min inloggningskaka från webbläsaren
    När jag loggar ut
    Så ser jag meddelandet "Du är nu utloggad."
    När den personen öppnar Mina sidor med min inloggning
    Så kommer den personen till inloggningen och inte till Mina sidor

  @H6 @referensbeslut @klocka
  Scenario: Efter en halvtimme utan aktivitet loggas jag ut
    När det har gått 31 minuter utan att jag gjort något
    Och jag öppnar Mina sidor igen
    Så ser jag meddelandet "Du har loggats ut eftersom du inte varit aktiv på en stund. Logga in igen."
    Och jag är inte inloggad
