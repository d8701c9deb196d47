# language: sv
Egenskap: Logga in med kundnummer och lösenord
  Som kund utan Mobilt BankID
  vill jag logga in med mitt kundnummer och mitt lösenord
  för att se mina fakturor och avtal på Mina sidor

  Hjälpsidan: ”Om du inte har mobilt bank-id kan du logga in med kundnummer och lösenord. Om du
  ska logga in för första gången, följ instruktionen "Första gången du loggar in" till höger.”
  Stegen: ”Klicka på Mina sidor-ikonen och gå till nya Mina sidor”, ”Välj fliken "Kundnummer"”,
  ”Fyll i ditt kundnummer, se senaste fakturan (kundnummer är detsamma som användarnamn).”,
  ”Skriv in ditt lösenord. Klicka på "Logga in".”

  Vår läsning: den som skriver fel lösenord loggas inte in och får veta att något var fel. Hur
  felen är formulerade, var de visas och hur länge inloggningen spärras efter många fel är
  referensportalens egna beslut (@referensbeslut).

  @H5 @bevis @mobil
  Scenario: En privatkund loggar in med kundnummer och lösenord
    Givet att jag är en privatkund med lösenord
    Och att jag är på startsidan
    När jag klickar på Mina sidor-ikonen
    Och jag väljer fliken "Kundnummer"
    Och jag fyller i mitt kundnummer och mitt lösenord
    Och jag klickar på "Logga in"
    Så är jag inloggad på Mina sidor
    Och jag ser mitt namn uppe i högra hörnet

  @H5 @bevis
  Scenario: Den som skriver fel lösenord loggas inte in och får veta att något var fel
    Givet att jag är en privatkund med lösenord
    När jag loggar in med mitt kundnummer och lösenordet "Fel-Lösenord-123"
    Så ser jag ett felmeddelande
    Och jag är inte inloggad

  @H5 @referensbeslut
  Scenario: Den som skriver fel lösenord får ett allmänt felmeddelande och kundnumret står kvar
    Givet att jag är en privatkund med lösenord
    När jag loggar in med mitt kundnummer och lösenordet "Fel-Lösenord-123"
    Så ser jag felet "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen."
    Och jag är inte inloggad
    Och kundnumret står kvar i fältet "Kundnummer"

  @H5 @referensbeslut
  Scenario: Den som skriver ett kundnummer som inte finns får samma meddelande som vid fel lösenord
    När jag loggar in med kundnummer "999999" och lösenordet "Vad-Som-Helst-123"
    Så ser jag felet "Fel kundnummer eller lösenord. Kontrollera uppgifterna och försök igen."
    Och jag är inte inloggad

  @H5 @referensbeslut
  Scenariomall: Den som skriver ett kundnummer som inte kan stämma får veta det vid fältet
    När jag loggar in med kundnummer "<kundnummer>" och lösenordet "Vad-Som-Helst-123"
    Så visas felet "<meddelande>" vid fältet "Kundnummer"
    Och jag är inte inloggad

    Exempel:
      | vad som är fel                      | kundnummer    | meddelande                                                                                |
      | fältet är tomt                      |               | Fyll i ditt kundnummer.                                                                   |
      | bokstaven O i stället för en nolla  | 10O001        | Kundnummer får bara innehålla siffror. Företag skriver 16 och organisationsnumret.        |
      | för få siffror                      | 123           | Kundnumret har 6–8 siffror och finns på din senaste faktura.                              |
      | ett personnummer                    | 19121212-1212 | Logga in med ditt kundnummer, inte personnummer. Kundnumret finns på din senaste faktura. |

  @H5 @referensbeslut
  Scenario: Den som inte fyller i lösenordet får veta det vid fältet
    Givet att jag är en privatkund med lösenord
    När jag loggar in med mitt kundnummer och lösenordet ""
    Så visas felet "Fyll i ditt lösenord." vid fältet "Lösenord"

  @H5 @referensbeslut @spärr @klocka
  Scenario: Efter för många fel lösenord spärras inloggningen en stund
    Givet att jag är en privatkund som får spärras
    När jag loggar in med fel lösenord 5 gånger
    Och jag loggar in med mitt kundnummer och mitt lösenord
    Så ser jag felet "För många misslyckade inloggningsförsök. Av säkerhetsskäl är inloggning med lösenord spärrad för det här kundnumret i [antal] minuter till. Du kan logga in med Mobilt BankID under tiden."
    Och jag är inte inloggad
    När det har gått 15 minuter
    Och jag loggar in med mitt kundnummer och mitt lösenord
    Så är jag inloggad på Mina sidor

  @H5 @referensbeslut
  Scenario: Den som går direkt till Mina sidor får logga in först och kommer sedan dit
    Givet att jag är en privatkund med lösenord
    När jag går direkt till Mina sidor utan att vara inloggad
    Så ser jag meddelandet "Logga in för att se Mina sidor."
    När jag loggar in med mitt kundnummer och mitt lösenord
    Så är jag inloggad på Mina sidor

  @H4 @bevis
  Scenario: Instruktionen "Första gången du loggar in" visas till höger
    När jag öppnar nya Mina sidor
    Och jag väljer fliken "Kundnummer"
    Så ser jag instruktionen "Första gången du loggar in" till höger om inloggningen
    Och instruktionen har länkarna "Ny kund/Registrera E-post" och "Skapa lösenord"

  # Vår läsning: hjälpsidan skriver ”Före du loggar in första gången …”; referensportalen skriver
  # ”Innan du loggar in första gången …”, som är rätt svenska. Ordalydelsen är portalens egen.
  @H4 @referensbeslut
  Scenario: Referensportalens instruktion säger att e-post och lösenord behövs före första inloggningen
    När jag öppnar nya Mina sidor
    Och jag väljer fliken "Kundnummer"
    Så ser jag instruktionen "Första gången du loggar in" till höger om inloggningen
    Och instruktionen säger "Innan du loggar in första gången med kundnummer och lösenord behöver du registrera en e-postadress och skapa ett lösenord."
