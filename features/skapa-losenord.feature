# language: sv
Egenskap: Skapa lösenord och logga in första gången
  Som kund som ska logga in med kundnummer för första gången
  vill jag skapa ett lösenord via en länk i min e-post
  för att sedan kunna logga in på Mina sidor

  Hjälpsidan: ”Före du loggar in första gången med kundnummer och lösenord behöver du registrera
  … en e-postadress och skapa ett lösenord.” ”För att du ska kunna logga in på Mina sidor behöver
  du ett lösenord. Ta fram ditt kundnummer (kundnumret hittar du på senaste fakturan).” Stegen:
  ”Klicka på länken "Skapa lösenord"”, ”Fyll i ditt kundnummer, se senaste fakturan”, ”Klicka på
  knappen "Skapa lösenord"”, ”Ett e-postmeddelande skickas till den e-postadress som du har
  registrerat i vårt kundsystem.”, ”Öppna din e-post och följ instruktionerna i
  e-postmeddelandet för att välja ett lösenord.” och ”Gå tillbaka till nya Mina sidor och logga
  in med kundnumret och lösenordet du just valde.”

  Vår läsning: på hjälpsidan har den första meningen hamnat i två delar på olika ställen; de hör
  ihop. Meddelandena på skärmen, e-postmeddelandenas ämnen, hur länge en länk gäller och vilka
  lösenord som godtas är referensportalens egna beslut (@referensbeslut).

  @H8 @H9 @H11 @H12 @H13 @bevis @epost @ny_kund
  Scenario: Första gången registrerar jag min e-postadress, skapar ett lösenord och loggar in
    Givet att jag är en ny privatkund utan registrerad e-postadress
    När jag registrerar min önskade e-postadress
    Så får jag ett e-postmeddelande till den e-postadress jag just registrerade
    När jag ber om en länk för att skapa lösenord
    Och jag öppnar e-postmeddelandet och följer länken för att välja lösenord
    Och jag väljer lösenordet "Blåbärsskog i juli"
    När jag loggar in med mitt kundnummer och lösenordet "Blåbärsskog i juli"
    Så är jag inloggad på Mina sidor

  @H8 @bevis @ny_kund
  Scenario: Utan lösenord går det inte att logga in med kundnummer
    Givet att jag är en ny privatkund utan registrerad e-postadress
    När jag loggar in med mitt kundnummer och lösenordet "Gissat-Lösenord-1"
    Så ser jag ett felmeddelande
    Och jag är inte inloggad

  @H11 @bevis @epost @ny_kund
  Scenario: Jag får en länk till min registrerade e-postadress när jag skapar lösenord
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    Och att jag är på startsidan
    När jag klickar på Mina sidor-ikonen
    Och jag klickar på länken "Skapa lösenord"
    Och jag fyller i mitt kundnummer
    Och jag klickar på knappen "Skapa lösenord"
    Så får jag ett e-postmeddelande till min registrerade e-postadress

  @H11 @referensbeslut @epost @ny_kund
  Scenario: Den som ber om en länk för ett kundnummer som inte finns får samma svar som för ett som finns
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    När jag ber om en länk för att skapa lösenord
    Så ser jag meddelandet "Om kundnumret finns och har en registrerad e-postadress har vi nu skickat ett e-postmeddelande med en länk där du väljer lösenord. Länken gäller i [antal] minuter."
    Och jag får ett e-postmeddelande till min registrerade e-postadress med ämnet "Välj lösenord för Mina sidor"
    När jag ber om en länk för att skapa lösenord för kundnummer "999999"
    Så ser jag meddelandet "Om kundnumret finns och har en registrerad e-postadress har vi nu skickat ett e-postmeddelande med en länk där du väljer lösenord. Länken gäller i [antal] minuter."
    Och jag ser meddelandet "Har du ingen registrerad e-postadress behöver du först registrera en: Ny kund/Registrera E-post."

  @H11 @referensbeslut @ny_kund
  Scenario: Den som saknar e-postadress får veta att registrera en först
    Givet att jag är en ny privatkund utan registrerad e-postadress
    När jag ber om en länk för att skapa lösenord
    Så ser jag meddelandet "Har du ingen registrerad e-postadress behöver du först registrera en: Ny kund/Registrera E-post."

  @H12 @referensbeslut @epost @ny_kund
  Scenariomall: Den som väljer ett lösenord som inte godtas får veta det vid fältet
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    Och att jag har fått en länk för att välja lösenord
    När jag väljer lösenordet "<lösenord>" och upprepar det som "<upprepat>"
    Så visas felet "<meddelande>" vid fältet "<fält>"

    Exempel:
      | lösenord           | upprepat              | fält               | meddelande                                                        |
      | kort               | kort                  | Nytt lösenord      | Lösenordet måste ha minst 8 tecken.                               |
      | Blåbärsskog i juli | Blåbärsskog i augusti | Upprepa lösenordet | Lösenorden är inte likadana. Skriv samma lösenord i båda fälten. |

  @H12 @referensbeslut @epost @ny_kund
  Scenario: En länk kan bara användas en gång
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    Och att jag har fått en länk för att välja lösenord
    När jag väljer lösenordet "Blåbärsskog i juli"
    Så ser jag meddelandet "Ditt lösenord är sparat. Logga in med ditt kundnummer och det nya lösenordet."
    När jag följer samma länk igen
    Så fungerar länken inte längre
    Och jag ser meddelandet "Länken för att välja lösenord har gått ut eller har redan använts. Varje länk går att använda en gång och gäller en begränsad tid."
    Och jag kan be om en ny länk

  @H12 @referensbeslut @epost @ny_kund
  Scenario: En ny länk gör att den förra slutar fungera
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    Och att jag har fått en länk för att välja lösenord
    När jag ber om en ny länk för att skapa lösenord
    Och jag följer den förra länken
    Så fungerar länken inte längre
    Och jag ser meddelandet "Länken för att välja lösenord har gått ut eller har redan använts. Varje länk går att använda en gång och gäller en begränsad tid."

  @H12 @referensbeslut @epost @ny_kund @klocka
  Scenario: En länk som är äldre än en timme har gått ut
    Givet att jag är en kund med registrerad e-postadress men utan lösenord
    Och att jag har fått en länk för att välja lösenord
    När det har gått 61 minuter
    Och jag följer länken
    Så fungerar länken inte längre
    Och jag ser meddelandet "Länken för att välja lösenord har gått ut eller har redan använts. Varje länk går att använda en gång och gäller en begränsad tid."
    Och jag kan be om en ny länk
