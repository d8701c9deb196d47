# language: sv
Egenskap: Logga in som företag med organisationsnummer
  Som företagskund
  vill jag logga in med mitt organisationsnummer
  för att sköta företagets avtal på Mina sidor

  Hjälpsidan: "Loggar du in som företag använder du organisationsnummer, obs skriv 16 före
  organisationsnumret 16XXXXXX-XXXX." Varje X står för en siffra i organisationsnumret.

  @H7 @bevis
  Scenario: Företaget loggar in med 16 före organisationsnumret
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "16XXXXXX-XXXX"
    Så är jag inloggad på Mina sidor
    Och jag ser mitt namn uppe i högra hörnet

  @H7 @referensbeslut
  Scenariomall: Organisationsnumret med 16 först går att skriva utan bindestreck eller med mellanslag
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "<skrivsätt>"
    Så är jag inloggad på Mina sidor

    Exempel:
      | skrivsätt      |
      | 16XXXXXXXXXX   |
      | 16 XXXXXX-XXXX |

  @H7
  Scenariomall: Organisationsnummer utan 16 först får veta att skriva 16 först
    Givet att jag är en företagskund med lösenord
    När jag loggar in med organisationsnumret skrivet som "<skrivsätt>"
    Så visas felet "Skriv 16 före organisationsnumret, till exempel 16XXXXXX-XXXX." vid fältet "Kundnummer"
    Och jag är inte inloggad

    Exempel:
      | skrivsätt   |
      | XXXXXX-XXXX |
      | XXXXXXXXXX  |

  @H7
  Scenario: Ett organisationsnummer med fel kontrollsiffra får ett meddelande vid fältet
    När jag loggar in med kundnummer "16556677-8898" och lösenordet "Vad-Som-Helst-123"
    Så visas felet "Organisationsnumret stämmer inte." vid fältet "Kundnummer"
