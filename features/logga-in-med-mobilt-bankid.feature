# language: sv
Egenskap: Logga in med Mobilt BankID
  Som kund med Mobilt BankID
  vill jag logga in med BankID-appen
  för att slippa komma ihåg ett lösenord

  Hjälpsidan: ”Klicka på "Mina sidor" och välj fliken Mobilt BankID sedan följer du
  instruktionerna. Beroende på hur ditt Mobila BankID är installerat kan det variera hur du ska
  göra. Oftast behöver du själv ta fram appen för Mobilt BankID på den telefon eller surfplatta
  där du har den installerad. Följ instruktionerna på skärmen.”

  Vår läsning: instruktionerna på skärmen är BankID:s egna rekommenderade texter för varje läge
  (BankID:s riktlinjer för alla som tar emot inloggningar med BankID). De prövas på varje portal,
  också i scenarierna som i övrigt prövar referensportalens beslut: visar sidan BankID:s text för
  ett annat läge misslyckas H3; egna ord för samma läge noteras som inte kontrollerade. Hjälpsidan
  säger inget om vad som händer när man avbryter, inte hinner, har ett spärrat BankID eller inte
  är kund; det prövar de scenarierna som referensportalens beslut (@referensbeslut).

  @H3 @bevis @bankid @assisterad
  Scenario: Jag loggar in genom att läsa av QR-koden med BankID-appen i telefonen
    Givet att jag är en privatkund med Mobilt BankID
    Och att jag är på startsidan
    När jag klickar på Mina sidor-ikonen
    Och jag väljer fliken "Mobilt BankID"
    Och jag startar inloggningen med Mobilt BankID
    Så ser jag instruktionen "Starta BankID-appen."
    När jag läser av QR-koden med BankID-appen i min telefon
    Så ser jag instruktionen att BankID söks på den här datorn eller enheten
    När jag väljer mitt BankID i appen
    Så ser jag instruktionen "Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under."
    När jag skriver in min säkerhetskod och väljer Identifiera
    Så är jag inloggad på Mina sidor
    Och jag ser mitt namn uppe i högra hörnet

  @H3 @referensbeslut @bankid @assisterad
  Scenario: Sidan visar en ny QR-kod varje sekund och appen tar emot den som visas just nu
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Så visar sidan en ny QR-kod varje sekund
    Och BankID-appen tar emot den QR-kod som visas just nu

  @H3 @bevis @bankid @mobil
  Scenario: På mobilen startas BankID-appen på samma enhet
    Givet att jag är en privatkund med Mobilt BankID
    Och att jag använder en mobiltelefon
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag öppnar BankID på den här enheten
    Och jag väljer mitt BankID i appen
    Och jag skriver in min säkerhetskod och väljer Identifiera
    Så är jag inloggad på Mina sidor

  @H3 @referensbeslut @bankid @assisterad
  Scenario: Den som avbryter i BankID-appen loggas inte in och kan försöka igen
    Givet att jag är en privatkund med Mobilt BankID
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag läser av QR-koden med BankID-appen i min telefon
    Och jag väljer Avbryt i BankID-appen
    Så ser jag felet "Åtgärden avbröts."
    Och jag kan försöka igen
    Och jag är inte inloggad

  @H3 @referensbeslut @bankid
  Scenario: Den som avbryter i BankID-appen efter säkerhetskoden loggas inte in
    Givet att jag är en privatkund med Mobilt BankID
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag läser av QR-koden med BankID-appen i min telefon
    Och jag väljer mitt BankID i appen
    Och jag skriver in min säkerhetskod och väljer Avbryt i BankID-appen
    Så ser jag felet "Åtgärden avbröts."
    Och jag är inte inloggad

  @H3 @referensbeslut @bankid @assisterad
  Scenario: Den som avbryter på sidan får veta att inloggningen avbröts och kan försöka igen
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag klickar på "Avbryt"
    Så ser jag felet "Inloggningen avbröts."
    Och jag kan försöka igen

  @H3 @referensbeslut @bankid
  Scenario: Den som inte läser av QR-koden inom en halv minut får veta hur man gör
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och ingen har läst av QR-koden efter en halv minut
    Så ser jag felet "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden."

  @H3 @referensbeslut @bankid
  Scenario: Den som inte identifierar sig i appen inom tre minuter får veta att appen inte svarar
    Givet att jag är en privatkund med Mobilt BankID
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag läser av QR-koden med BankID-appen i min telefon
    Och jag har inte identifierat mig i appen efter tre minuter
    Så ser jag felet "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Försök sedan igen."

  @H3 @referensbeslut @bankid
  Scenario: Den som har ett spärrat BankID loggas inte in
    Givet att jag är en privatkund med Mobilt BankID
    Och att mitt BankID är spärrat
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag läser av QR-koden med BankID-appen i min telefon
    Och jag väljer mitt BankID i appen
    Och jag skriver in min säkerhetskod och väljer Identifiera
    Så ser jag felet "Ditt BankID är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank."
    Och jag är inte inloggad

  @H3 @referensbeslut @bankid
  Scenario: Den som inte är kund loggas inte in
    Givet att jag har Mobilt BankID men inte är kund
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Och jag läser av QR-koden med BankID-appen i min telefon
    Och jag väljer mitt BankID i appen
    Och jag skriver in min säkerhetskod och väljer Identifiera
    Så ser jag felet "Vi hittar ingen kund med ditt personnummer. Du är inte inloggad. Logga in med kundnummer och lösenord, eller ring kundservice på 0771-12 34 56."
    Och jag är inte inloggad

  @H3 @referensbeslut @bankid
  Scenario: När BankID har driftstörningar får jag veta det och kan försöka igen
    Givet att BankID har driftstörningar
    När jag öppnar nya Mina sidor
    Och jag startar inloggningen med Mobilt BankID
    Så ser jag felet "Något gick fel. Försök igen."
    Och jag kan försöka igen
