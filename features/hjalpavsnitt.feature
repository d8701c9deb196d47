# language: sv
Egenskap: Hjälpsidan och dess undermeny
  Som kund som behöver hjälp
  vill jag hitta fler hjälpavsnitt från hjälpsidan om inloggning
  för att få svar på andra frågor

  Hjälpsidan: ”Här får du veta hur du loggar in på Mina sidor och hur du loggar ut. I undermenyn
  hittar du fler hjälpavsnitt.”

  @H2 @bevis
  Scenario: Hjälpsidan om inloggning har en undermeny med fler hjälpavsnitt
    När jag öppnar hjälpsidan "Så här loggar du in på nya Mina sidor"
    Så ser jag undermenyn med fler hjälpavsnitt
    Och avsnittet "Så här loggar du in på nya Mina sidor" är markerat som aktuellt

  @H2 @bevis
  Scenario: Jag öppnar ett annat hjälpavsnitt från undermenyn
    När jag öppnar hjälpsidan "Så här loggar du in på nya Mina sidor"
    Och jag väljer ett annat hjälpavsnitt i undermenyn
    Så visas det hjälpavsnittet
    Och det hjälpavsnittet är markerat som aktuellt

  @H2 @referensbeslut
  Scenario: Referensportalens undermeny har hjälpavsnitten om fakturor, avtal och kundservice
    När jag öppnar hjälpsidan "Så här loggar du in på nya Mina sidor"
    Så ser jag undermenyn med hjälpavsnitten
      | Så här loggar du in på nya Mina sidor |
      | Fakturor och betalning                |
      | Flytta eller säga upp avtal           |
      | Kontakta kundservice                  |
    När jag väljer "Kontakta kundservice" i undermenyn
    Så visas hjälpavsnittet "Kontakta kundservice"
    Och avsnittet "Kontakta kundservice" är markerat som aktuellt
