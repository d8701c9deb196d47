# language: sv
Egenskap: Registrera e-postadress
  Som ny kund
  vill jag registrera min e-postadress
  för att kunna skapa ett lösenord och logga in på Mina sidor

  Hjälpsidan: ”Klicka på Mina sidor-symbolen och gå till nya Mina sidor”, ”Klicka på länken "Ny
  kund/Registrera E-post"”, ”Fyll i ditt kundnummer (finns på din senaste faktura)”, ”Fyll i
  personnummer ÅÅÅÅMMDD-XXXX”, ”Fyll i önskad e-postadress”, ”Klicka på knappen "registrera
  e-postadress"”, ”Ett e-postmeddelande skickas då till den e-postadress du just registrerade.”
  och ”Observera att du inte kan byta till en annan e-postadress om du redan har en registrerad …
  i vårt system. För att byta e-postadress ring kundservice.”

  Vår läsning: på hjälpsidan har den sista meningen hamnat i två delar på olika ställen; de hör
  ihop. Ett företag fyller i 16 och organisationsnumret där en privatperson fyller i sitt
  personnummer. Personnumret ska höra till kundnumret: med någon annans registreras ingenting.
  Meddelandena på skärmen, e-postmeddelandenas ämnen och kundtjänstens telefonnummer är
  referensportalens egna (numret är påhittat).

  @H9 @bevis @epost @ny_kund @mobil
  Scenario: En privatkund registrerar sin e-postadress
    Givet att jag är en ny privatkund utan registrerad e-postadress
    Och att jag är på startsidan
    När jag klickar på Mina sidor-ikonen
    Och jag klickar på länken "Ny kund/Registrera E-post"
    Och jag fyller i mitt kundnummer, mitt personnummer och min önskade e-postadress
    Och jag klickar på knappen "registrera e-postadress"
    Så får jag ett e-postmeddelande till den e-postadress jag just registrerade

  @H9 @referensbeslut @epost @ny_kund
  Scenario: Ett företag registrerar sin e-postadress med 16 före organisationsnumret
    Givet att jag är en ny företagskund utan registrerad e-postadress
    När jag registrerar min önskade e-postadress med organisationsnumret skrivet som "16XXXXXX-XXXX"
    Så ser jag meddelandet "Vi har skickat ett e-postmeddelande till [min e-postadress]."
    Och jag får ett e-postmeddelande till den e-postadress jag just registrerade med ämnet "Din e-postadress är registrerad för Mina sidor"

  @H9 @bevis @epost @ny_kund
  Scenario: Den som anger ett personnummer som inte hör till kundnumret registrerar ingen e-postadress
    Givet att jag är en ny privatkund utan registrerad e-postadress
    När jag registrerar min önskade e-postadress med personnumret "19811218-9876"
    Så ser jag ett felmeddelande
    Och inget e-postmeddelande skickas till den e-postadressen

  @H9 @referensbeslut
  Scenariomall: Den som fyller i en uppgift som inte kan stämma får veta det vid fältet
    När jag skickar registreringen med "<värde>" i fältet "<fält>"
    Så visas felet "<meddelande>" vid fältet "<fält>"

    Exempel:
      | fält         | värde           | meddelande                                                              |
      | Personnummer | 19121312-1212   | Personnumret börjar inte med ett giltigt datum. Skriv det som ÅÅÅÅMMDD-XXXX. |
      | Personnummer | 19121212-1213   | Personnumret stämmer inte. Kontrollera de fyra sista siffrorna.         |
      | Personnummer | 556677-8899     | Skriv 16 före organisationsnumret, till exempel 16XXXXXX-XXXX.          |
      | E-postadress | anna.example.se | Skriv e-postadressen som namn@exempel.se.                               |

  @H10 @bevis @epost @ny_kund
  Scenario: Den som redan har en e-postadress kan inte byta till en annan här och uppmanas att ringa kundservice
    Givet att jag är en kund med registrerad e-postadress
    När jag försöker registrera en annan e-postadress
    Så får jag veta att jag inte kan byta e-postadress här och ska ringa kundservice
    När jag ber om en länk för att skapa lösenord
    Så får jag ett e-postmeddelande till min registrerade e-postadress

  @H10 @referensbeslut @epost @ny_kund
  Scenario: Referensportalens meddelande till den som försöker byta sin e-postadress
    Givet att jag är en kund med registrerad e-postadress
    När jag försöker registrera en annan e-postadress
    Så ser jag att jag inte kan byta e-postadress här och ska ringa kundservice: "Du kan inte byta till en annan e-postadress här eftersom du redan har en registrerad i vårt system. För att byta e-postadress ring kundservice på 0771-12 34 56."

  @H9 @referensbeslut @epost @epostfel @ny_kund
  Scenario: När e-posten inte går att skicka registreras ingenting
    Givet att jag är en ny privatkund utan registrerad e-postadress
    Och att e-posten inte går att skicka just nu
    När jag registrerar min önskade e-postadress
    Så ser jag felet "Vi kan inte skicka e-post just nu, så din e-postadress är inte registrerad. Försök igen om en stund."
    När e-posten fungerar igen
    Och jag registrerar min önskade e-postadress
    Så får jag ett e-postmeddelande till den e-postadress jag just registrerade med ämnet "Din e-postadress är registrerad för Mina sidor"
