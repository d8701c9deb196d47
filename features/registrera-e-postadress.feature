# language: sv
Egenskap: Registrera e-postadress
  Som ny kund
  vill jag registrera min e-postadress
  för att kunna skapa ett lösenord och logga in på Mina sidor

  Hjälpsidan: "Klicka på länken Ny kund/Registrera E-post. Fyll i ditt kundnummer, personnummer
  ÅÅÅÅMMDD-XXXX och önskad e-postadress. Klicka på knappen registrera e-postadress. Ett
  e-postmeddelande skickas då till den e-postadress du just registrerade. Observera att du inte
  kan byta till en annan e-postadress om du redan har en registrerad i vårt system. För att byta
  e-postadress ring kundservice."

  @H9 @bevis @epost @ny_kund @mobil
  Scenario: Privatkund registrerar sin e-postadress
    Givet att jag är en ny privatkund utan registrerad e-postadress
    Och att jag är på startsidan
    När jag klickar på Mina sidor-ikonen
    Och jag klickar på länken "Ny kund/Registrera E-post"
    Och jag fyller i mitt kundnummer, mitt personnummer och min önskade e-postadress
    Och jag klickar på knappen "registrera e-postadress"
    Så ser jag meddelandet "Vi har skickat ett e-postmeddelande till"
    Och jag får ett e-postmeddelande till den e-postadress jag just registrerade med ämnet "Din e-postadress är registrerad för Mina sidor"

  @H9 @referensbeslut @epost @ny_kund
  Scenario: Företag registrerar sin e-postadress med 16 före organisationsnumret
    Givet att jag är en ny företagskund utan registrerad e-postadress
    När jag registrerar min önskade e-postadress med organisationsnumret skrivet som "16XXXXXX-XXXX"
    Så ser jag meddelandet "Vi har skickat ett e-postmeddelande till"
    Och jag får ett e-postmeddelande till den e-postadress jag just registrerade med ämnet "Din e-postadress är registrerad för Mina sidor"

  @H9 @ny_kund
  Scenario: Ett personnummer som inte hör till kundnumret ger ett allmänt meddelande
    Givet att jag är en ny privatkund utan registrerad e-postadress
    När jag registrerar min önskade e-postadress med personnumret "19811218-9876"
    Så ser jag felet "Vi hittar ingen kund med det kundnumret och personnumret."

  @H9
  Scenariomall: Uppgifter som inte kan stämma får ett meddelande vid fältet
    När jag skickar registreringen med "<värde>" i fältet "<fält>"
    Så visas felet "<meddelande>" vid fältet "<fält>"

    Exempel:
      | fält         | värde           | meddelande                                        |
      | Personnummer | 19121312-1212   | Personnumret börjar inte med ett giltigt datum.   |
      | Personnummer | 19121212-1213   | Personnumret stämmer inte.                        |
      | Personnummer | 556677-8899     | Skriv 16 före organisationsnumret                 |
      | E-postadress | anna.example.se | Skriv e-postadressen som namn@exempel.se.         |

  @H10 @bevis @epost @ny_kund
  Scenario: Den som redan har en e-postadress kan inte byta den här
    Givet att jag är en kund med registrerad e-postadress
    När jag försöker registrera en annan e-postadress
    Så ser jag att jag inte kan byta e-postadress här: "Du kan inte byta till en annan e-postadress här"
    Och jag ser meddelandet "För att byta e-postadress ring kundservice"
    När jag ber om en länk för att skapa lösenord
    Så jag får ett e-postmeddelande till min registrerade e-postadress med ämnet "Välj lösenord för Mina sidor"

  @H9 @referensbeslut @epost @epostfel @ny_kund
  Scenario: När e-posten inte går att skicka registreras ingenting
    Givet att jag är en ny privatkund utan registrerad e-postadress
    Och att e-posten inte går att skicka just nu
    När jag registrerar min önskade e-postadress
    Så ser jag felet "Vi kan inte skicka e-post just nu, så din e-postadress är inte registrerad."
    När e-posten fungerar igen
    Och jag registrerar min önskade e-postadress
    Så jag får ett e-postmeddelande till den e-postadress jag just registrerade med ämnet "Din e-postadress är registrerad för Mina sidor"
