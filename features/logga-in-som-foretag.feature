# language: sv
Egenskap: Logga in som företag med organisationsnummer
  Som företagskund
  vill jag logga in med mitt organisationsnummer
  för att sköta företagets avtal på Mina sidor

  Hjälpsidan: ”Loggar du in som företag använder du organisationsnummer, obs skriv 16 före
  organisationsnumret 16XXXXX-XXXX.”

  Vår läsning: ett organisationsnummer har tio siffror, så exemplet på hjälpsidan har ett X för
  lite. Med 16 först skrivs det 16XXXXXX-XXXX, där varje X står för en siffra. Den som skriver
  organisationsnumret utan 16 loggas inte in och får veta att något var fel; att meddelandet säger
  åt företaget att skriva 16 först och andra skrivsätt är referensportalens beslut.

  @H7 @bevis
  Scenario: Företaget loggar in med 16 före organisationsnumret
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "16XXXXXX-XXXX"
    Så är jag inloggad på Mina sidor
    Och jag ser mitt namn uppe i högra hörnet

  @H7 @referensbeslut
  Scenariomall: Företaget kan skriva organisationsnumret med 16 först utan bindestreck eller med mellanslag
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "<skrivsätt>"
    Så är jag inloggad på Mina sidor

    Exempel:
      | skrivsätt      |
      | 16XXXXXXXXXX   |
      | 16 XXXXXX-XXXX |

  @H7 @bevis
  Scenariomall: Företaget som skriver organisationsnumret utan 16 loggas inte in
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "<skrivsätt>"
    Så ser jag ett felmeddelande
    Och jag är inte inloggad

    Exempel:
      | skrivsätt   |
      | XXXXXX-XXXX |
      | XXXXXXXXXX  |

  @H7 @referensbeslut
  Scenario: Företaget som skriver organisationsnumret utan 16 uppmanas att skriva 16 först
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "XXXXXX-XXXX"
    Så visas felet "Skriv 16 före organisationsnumret, till exempel 16XXXXXX-XXXX." vid fältet "Kundnummer"
    Och jag är inte inloggad

  @H7 @referensbeslut
  Scenario: Den som skriver ett organisationsnummer med fel kontrollsiffra får veta det vid fältet
    När jag loggar in med kundnummer "16556677-8898" och lösenordet "Vad-Som-Helst-123"
    Så visas felet "Organisationsnumret stämmer inte. Kontrollera siffrorna (16XXXXXX-XXXX)." vid fältet "Kundnummer"
