// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG
} from "./chunk-Z4ZZ64GF.mjs";
import {
  closest,
  printable
} from "./chunk-W7APRSVY.mjs";
import {
  CONFIG_FILE
} from "./chunk-6PZIGJ5Y.mjs";
import {
  require_node_fs
} from "./chunk-ZC7VFHT2.mjs";
import {
  require_node_path
} from "./chunk-6S5FGJI4.mjs";
import {
  idYear,
  toComplaint
} from "./chunk-3ZZ24PPU.mjs";
import {
  addDays,
  addMonths,
  calendarDate,
  compareDates,
  dateParts,
  daysBetween,
  formatDateDutch,
  isoWeekday,
  parseCalendarDate,
  plural
} from "./chunk-Y54NMRC7.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-Z5CEMS3B.mjs";

// schema/complaint.schema.json
var require_complaint_schema = __commonJS({
  "schema/complaint.schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://klachtenregister.invalid/schema/complaint.schema.json",
      title: "Klacht",
      description: "De frontmatter van één klachtbestand (complaints/<jaar>/<id>.md). De tekst onder de frontmatter is de omschrijving van de klacht.",
      "x-omschrijving": {
        title: "Omschrijving",
        description: "De tekst onder de frontmatter: de klacht in de woorden van de indiener of van wie haar aannam. Vrije Markdown, niet leeg.",
        "x-persoonsgegeven": true
      },
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "status",
        "ontvangen",
        "ingediend",
        "indiener"
      ],
      properties: {
        id: {
          title: "Klachtnummer",
          description: "KL-<jaar>-<volgnummer>, het volgnummer met minstens drie cijfers, bijvoorbeeld KL-2026-007. Het jaar is het jaar van indiening en gelijk aan de map; de bestandsnaam is het klachtnummer.",
          type: "string",
          pattern: "^KL-[0-9]{4}-[0-9]{3,}$"
        },
        status: {
          title: "Status",
          description: "Waar de klacht staat: ontvangen (net binnen, nog niet geregistreerd), in behandeling (geregistreerd en ondertekend) of afgehandeld (dossier compleet).",
          type: "string",
          enum: [
            "ontvangen",
            "in behandeling",
            "afgehandeld"
          ]
        },
        complex: {
          title: "Complexe klacht",
          description: "true bij een complexe klacht (reactie binnen één maand), false bij een eenvoudige (reactie per omgaande). Verplicht vanaf 'in behandeling'.",
          type: "boolean"
        },
        ontvangen: {
          title: "Ontvangst",
          description: "Hoe de klacht het eerst binnenkwam. Elke professional mag een klacht aannemen, ook mondeling.",
          type: "object",
          additionalProperties: false,
          required: [
            "datum",
            "door",
            "wijze"
          ],
          properties: {
            datum: {
              $ref: "#/$defs/datum",
              title: "Ontvangstdatum",
              description: "De dag waarop de klacht binnenkwam. Hier begint de registratietermijn."
            },
            door: {
              $ref: "#/$defs/tekst",
              title: "Ontvangen door",
              description: "De professional die de klacht aannam."
            },
            wijze: {
              title: "Wijze van ontvangst",
              description: "mondeling, telefonisch, e-mail, brief of anders.",
              type: "string",
              enum: [
                "mondeling",
                "telefonisch",
                "e-mail",
                "brief",
                "anders"
              ]
            }
          }
        },
        ingediend: {
          $ref: "#/$defs/datum",
          title: "Indiendatum",
          description: "De dag waarop de klacht is ingediend. Hier begint de reactietermijn; het jaar bepaalt het klachtnummer."
        },
        geregistreerd: {
          $ref: "#/$defs/datum",
          title: "Registratiedatum",
          description: "De dag waarop het klachtenformulier is ingevuld. Verplicht vanaf 'in behandeling'."
        },
        indiener: {
          title: "Indiener (NAW)",
          description: "De persoon die de klacht indient. Dit zijn persoonsgegevens: ze blijven in dit bestand en in de PDF's van deze klacht.",
          type: "object",
          additionalProperties: false,
          required: [
            "naam"
          ],
          properties: {
            naam: {
              $ref: "#/$defs/tekst",
              title: "Naam",
              description: "Naam van de indiener.",
              "x-persoonsgegeven": true
            },
            adres: {
              $ref: "#/$defs/tekst",
              title: "Adres",
              description: "Straat en huisnummer. Verplicht vanaf 'in behandeling'.",
              "x-persoonsgegeven": true
            },
            postcode: {
              $ref: "#/$defs/tekst",
              title: "Postcode",
              description: "Verplicht vanaf 'in behandeling'.",
              "x-persoonsgegeven": true
            },
            woonplaats: {
              $ref: "#/$defs/tekst",
              title: "Woonplaats",
              description: "Verplicht vanaf 'in behandeling'.",
              "x-persoonsgegeven": true
            },
            email: {
              title: "E-mailadres",
              description: "Niet verplicht. Na 'klacht anonimiseer' staat hier [geanonimiseerd].",
              "x-persoonsgegeven": true,
              type: "string",
              anyOf: [
                { format: "email" },
                { const: "[geanonimiseerd]" }
              ]
            },
            telefoon: {
              $ref: "#/$defs/tekst",
              title: "Telefoonnummer",
              description: 'Niet verplicht. Zet het tussen aanhalingstekens, zoals "06-12345678".',
              "x-persoonsgegeven": true
            },
            rol: {
              title: "Rol van de indiener",
              description: "opdrachtgever, medewerker, coachee of klant. Verplicht vanaf 'in behandeling'.",
              type: "string",
              enum: [
                "opdrachtgever",
                "medewerker",
                "coachee",
                "klant"
              ]
            }
          }
        },
        klachtverantwoordelijke: {
          $ref: "#/$defs/tekst",
          title: "Klachtverantwoordelijke",
          description: "Wie binnen de organisatie verantwoordelijk is voor deze klacht. Verplicht vanaf 'in behandeling'."
        },
        behandelaar: {
          $ref: "#/$defs/tekst",
          title: "Behandelaar",
          description: "Wie de klacht heeft behandeld. Verplicht bij 'afgehandeld'."
        },
        categorie: {
          $ref: "#/$defs/tekst",
          title: "Categorie",
          description: "Soort klacht, voor de jaaranalyse. Als de configuratie categorieën noemt, moet het er één van zijn."
        },
        acties: {
          title: "Acties",
          description: "Datum en actie naar aanleiding van de klacht.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "datum",
              "actie"
            ],
            properties: {
              datum: {
                $ref: "#/$defs/datum",
                title: "Datum",
                description: "Wanneer de actie plaatsvond of gepland is."
              },
              actie: {
                $ref: "#/$defs/tekst",
                title: "Actie",
                description: "Wat er is of wordt gedaan."
              }
            }
          }
        },
        correspondentie: {
          title: "Correspondentie",
          description: "Gevoerde correspondentie over de klacht, in en uit.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "datum",
              "richting",
              "soort"
            ],
            properties: {
              datum: {
                $ref: "#/$defs/datum",
                title: "Datum",
                description: "Datum van verzending of ontvangst."
              },
              richting: {
                title: "Richting",
                description: "in (van de indiener) of uit (naar de indiener).",
                type: "string",
                enum: [
                  "in",
                  "uit"
                ]
              },
              soort: {
                title: "Soort",
                description: "ontvangstbevestiging, reactie, verlenging, oplossing of overig.",
                type: "string",
                enum: [
                  "ontvangstbevestiging",
                  "reactie",
                  "verlenging",
                  "oplossing",
                  "overig"
                ]
              },
              onderwerp: {
                $ref: "#/$defs/tekst",
                title: "Onderwerp",
                description: "Korte aanduiding van de inhoud.",
                "x-persoonsgegeven": true
              },
              kanaal: {
                $ref: "#/$defs/tekst",
                title: "Kanaal",
                description: "Bijvoorbeeld e-mail, brief of telefoon."
              },
              bijlage: {
                $ref: "#/$defs/tekst",
                title: "Bijlage",
                description: "Pad naar een bestand in deze repository, bijvoorbeeld bijlagen/KL-2026-007-reactie.pdf.",
                "x-persoonsgegeven": true
              }
            }
          }
        },
        verlengingen: {
          title: "Verlengingen",
          description: "Elke keer dat de reactietermijn niet haalbaar bleek: wanneer de indiener dat hoorde, waarom, en de nieuwe toegezegde datum.",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "gemeld",
              "reden",
              "nieuwe_termijn"
            ],
            properties: {
              gemeld: {
                $ref: "#/$defs/datum",
                title: "Gemeld op",
                description: "De dag waarop de indiener over de vertraging is geïnformeerd; ruim vóór het verstrijken van de termijn."
              },
              reden: {
                $ref: "#/$defs/tekst",
                title: "Reden",
                description: "Waarom de termijn niet haalbaar is."
              },
              nieuwe_termijn: {
                $ref: "#/$defs/datum",
                title: "Nieuwe termijn",
                description: "De toegezegde nieuwe datum; later dan de termijn die hij verlengt."
              }
            }
          }
        },
        afhandeling: {
          title: "Afhandeling (klachtdossier)",
          description: "Het dossier van de afgehandelde klacht. Alle velden behalve oordeel en maatregelen zijn verplicht bij 'afgehandeld'.",
          type: "object",
          additionalProperties: false,
          properties: {
            datum: {
              $ref: "#/$defs/datum",
              title: "Afhandeldatum",
              description: "De dag waarop de klacht is afgehandeld."
            },
            oorzaak: {
              $ref: "#/$defs/tekst",
              title: "Oorzaak",
              description: "De vastgestelde oorzaak van de klacht."
            },
            oplossing: {
              $ref: "#/$defs/tekst",
              title: "Oplossing",
              description: "De oplossing die is voorgesteld en schriftelijk bevestigd."
            },
            standpunt_indiener: {
              $ref: "#/$defs/tekst",
              title: "Standpunt indiener",
              description: "Het ingenomen standpunt van de indiener.",
              "x-persoonsgegeven": true
            },
            standpunt_directie: {
              $ref: "#/$defs/tekst",
              title: "Standpunt directie",
              description: "Het ingenomen standpunt van de directie."
            },
            overeenstemming: {
              title: "Overeenstemming",
              description: "true als er overeenstemming is met de indiener, anders false.",
              type: "boolean"
            },
            oordeel: {
              title: "Oordeel",
              description: "Niet verplicht: gegrond, deels gegrond, ongegrond of ingetrokken.",
              type: "string",
              enum: [
                "gegrond",
                "deels gegrond",
                "ongegrond",
                "ingetrokken"
              ]
            },
            maatregelen: {
              title: "Maatregelen",
              description: "Structurele of preventieve maatregelen om herhaling te voorkomen.",
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "omschrijving",
                  "structureel",
                  "status"
                ],
                properties: {
                  omschrijving: {
                    $ref: "#/$defs/tekst",
                    title: "Omschrijving",
                    description: "Wat de maatregel is."
                  },
                  structureel: {
                    title: "Structureel",
                    description: "true voor een structurele maatregel, false voor een eenmalige.",
                    type: "boolean"
                  },
                  status: {
                    title: "Status",
                    description: "gepland of uitgevoerd.",
                    type: "string",
                    enum: [
                      "gepland",
                      "uitgevoerd"
                    ]
                  }
                }
              }
            }
          }
        },
        ondertekening: {
          title: "Ondertekening",
          description: "Ondertekening van het klachtenformulier door de indiener en de directie.",
          type: "object",
          additionalProperties: false,
          properties: {
            indiener: {
              title: "Ondertekening indiener",
              description: "Wanneer en hoe de indiener tekende (bijvoorbeeld handtekening op klachtenformulier, bevestiging per e-mail).",
              type: "object",
              additionalProperties: false,
              required: [
                "datum",
                "wijze"
              ],
              properties: {
                datum: {
                  $ref: "#/$defs/datum",
                  title: "Datum",
                  description: "Datum van ondertekening."
                },
                wijze: {
                  $ref: "#/$defs/tekst",
                  title: "Wijze",
                  description: "Hoe de handtekening is gegeven."
                },
                bijlage: {
                  $ref: "#/$defs/tekst",
                  title: "Bijlage",
                  description: "Pad naar een scan onder bijlagen/.",
                  "x-persoonsgegeven": true
                }
              }
            },
            directie: {
              title: "Ondertekening directie",
              description: "Wanneer en door wie van de directie getekend is. Verplicht vanaf 'in behandeling'. De goedkeuring van de pull request door dit directielid is de handtekening.",
              type: "object",
              additionalProperties: false,
              required: [
                "datum",
                "naam"
              ],
              properties: {
                datum: {
                  $ref: "#/$defs/datum",
                  title: "Datum",
                  description: "Datum van ondertekening."
                },
                naam: {
                  $ref: "#/$defs/tekst",
                  title: "Naam",
                  description: "Naam van het directielid, zoals in klachtenregister.yml."
                }
              }
            }
          }
        },
        geanonimiseerd: {
          $ref: "#/$defs/datum",
          title: "Geanonimiseerd op",
          description: "Gezet door 'klacht anonimiseer': de persoonsgegevens zijn vanaf deze datum verwijderd."
        }
      },
      allOf: [
        {
          if: {
            required: [
              "status"
            ],
            properties: {
              status: {
                enum: [
                  "in behandeling",
                  "afgehandeld"
                ]
              }
            },
            type: "object"
          },
          then: {
            required: [
              "complex",
              "geregistreerd",
              "klachtverantwoordelijke",
              "ondertekening"
            ],
            properties: {
              indiener: {
                required: [
                  "naam",
                  "adres",
                  "postcode",
                  "woonplaats",
                  "rol"
                ],
                type: "object"
              },
              ondertekening: {
                required: [
                  "directie"
                ],
                type: "object"
              }
            },
            type: "object"
          }
        },
        {
          if: {
            required: [
              "status"
            ],
            properties: {
              status: {
                const: "afgehandeld"
              }
            },
            type: "object"
          },
          then: {
            required: [
              "behandelaar",
              "afhandeling",
              "correspondentie"
            ],
            properties: {
              afhandeling: {
                required: [
                  "datum",
                  "oorzaak",
                  "oplossing",
                  "standpunt_indiener",
                  "standpunt_directie",
                  "overeenstemming"
                ],
                type: "object"
              }
            },
            type: "object"
          }
        }
      ],
      $defs: {
        datum: {
          type: "string",
          format: "date",
          description: "Een bestaande datum, geschreven als JJJJ-MM-DD."
        },
        tekst: {
          type: "string",
          minLength: 1
        }
      }
    };
  }
});

// schema/config.schema.json
var require_config_schema = __commonJS({
  "schema/config.schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://klachtenregister.invalid/schema/config.schema.json",
      title: "Configuratie klachtenregister",
      description: "klachtenregister.yml in de hoofdmap van het register. Alle velden zijn optioneel.",
      type: "object",
      additionalProperties: false,
      properties: {
        organisatie: {
          title: "Organisatie",
          description: "Naam en contactgegevens voor het briefhoofd van formulieren en brieven.",
          type: "object",
          additionalProperties: false,
          properties: {
            naam: { $ref: "#/$defs/tekst", title: "Naam", description: "Naam van de organisatie." },
            email: { title: "E-mailadres", description: "Algemeen e-mailadres.", type: "string", format: "email" },
            telefoon: { $ref: "#/$defs/tekst", title: "Telefoon", description: "Algemeen telefoonnummer, tussen aanhalingstekens." },
            adres: { $ref: "#/$defs/tekst", title: "Adres", description: "Postadres, op één regel." },
            logo: { $ref: "#/$defs/tekst", title: "Logo", description: "Pad naar een PNG-, JPEG- of SVG-bestand in het register, voor het briefhoofd." }
          }
        },
        procedure: {
          title: "Procedure",
          description: "De termijnen die gelden: liberi (standaard), awb (Algemene wet bestuursrecht, hoofdstuk 9) of wkkgz (Wet kwaliteit, klachten en geschillen zorg).",
          type: "string",
          enum: ["liberi", "awb", "wkkgz"]
        },
        termijnen: {
          title: "Termijnen",
          description: "Afwijkingen van de termijnen van de gekozen procedure, met dezelfde sleutels als de procedure.",
          type: "object"
        },
        waarschuwing_dagen: {
          title: "Waarschuwingsdagen",
          description: "Hoeveel dagen vóór een termijn de waarschuwing 'verloopt binnenkort' begint. Standaard 7.",
          type: "integer",
          minimum: 0,
          maximum: 365
        },
        bewaartermijn_maanden: {
          title: "Bewaartermijn (maanden)",
          description: "Hoe lang na afhandeling de persoonsgegevens van de indiener bewaard blijven. Standaard 24.",
          type: "integer",
          minimum: 1,
          maximum: 1200
        },
        vrije_dagen: {
          title: "Vrije dagen",
          description: "Extra niet-werkdagen naast weekend en algemeen erkende feestdagen, zoals bij besluit gelijkgestelde dagen of sluitingsdagen.",
          type: "array",
          items: { $ref: "#/$defs/datum" }
        },
        terugdatering_dagen: {
          title: "Terugdatering (dagen)",
          description: "Een datum die zoveel dagen of meer vóór de commit ligt die hem vastlegt, wordt in de jaaranalyse gemeld. Standaard 7.",
          type: "integer",
          minimum: 0,
          maximum: 3650
        },
        directie: {
          title: "Directie",
          description: "De mensen die voor de directie mogen tekenen; github is hun GitHub-gebruikersnaam.",
          type: "array",
          items: { $ref: "#/$defs/persoon" }
        },
        medewerkers: {
          title: "Medewerkers",
          description: "Professionals die klachten ontvangen of behandelen.",
          type: "array",
          items: { $ref: "#/$defs/persoon" }
        },
        categorieen: {
          title: "Categorieën",
          description: "De toegestane waarden van 'categorie' in klachtbestanden. Leeg of afwezig: elke categorie mag.",
          type: "array",
          items: { $ref: "#/$defs/tekst" },
          uniqueItems: true
        }
      },
      $defs: {
        datum: { type: "string", format: "date", description: "Een bestaande datum, geschreven als JJJJ-MM-DD." },
        tekst: { type: "string", minLength: 1 },
        persoon: {
          type: "object",
          additionalProperties: false,
          required: ["naam"],
          properties: {
            naam: { $ref: "#/$defs/tekst", title: "Naam", description: "Volledige naam, zoals die in klachtbestanden staat." },
            github: { title: "GitHub-gebruikersnaam", description: "Voor toewijzing van meldingen en de controle van ondertekening.", type: "string", pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }
          }
        }
      }
    };
  }
});

// not-in-bundle:ajv/dist/2020.js
var require__ = __commonJS({
  "not-in-bundle:ajv/dist/2020.js"() {
    throw new Error("Interne fout: ajv/dist/2020.js zit niet in de bundel van klacht (tools/bundle.ts).");
  }
});

// not-in-bundle:ajv-formats
var require_ajv_formats = __commonJS({
  "not-in-bundle:ajv-formats"() {
    throw new Error("Interne fout: ajv-formats zit niet in de bundel van klacht (tools/bundle.ts).");
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE2 = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE2.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// dist/core/complaint/schema-validators.generated.cjs
var require_schema_validators_generated = __commonJS({
  "dist/core/complaint/schema-validators.generated.cjs"(exports) {
    "use strict";
    exports.complaint = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://klachtenregister.invalid/schema/complaint.schema.json", "title": "Klacht", "description": "De frontmatter van één klachtbestand (complaints/<jaar>/<id>.md). De tekst onder de frontmatter is de omschrijving van de klacht.", "x-omschrijving": { "title": "Omschrijving", "description": "De tekst onder de frontmatter: de klacht in de woorden van de indiener of van wie haar aannam. Vrije Markdown, niet leeg.", "x-persoonsgegeven": true }, "type": "object", "additionalProperties": false, "required": ["id", "status", "ontvangen", "ingediend", "indiener"], "properties": { "id": { "title": "Klachtnummer", "description": "KL-<jaar>-<volgnummer>, het volgnummer met minstens drie cijfers, bijvoorbeeld KL-2026-007. Het jaar is het jaar van indiening en gelijk aan de map; de bestandsnaam is het klachtnummer.", "type": "string", "pattern": "^KL-[0-9]{4}-[0-9]{3,}$" }, "status": { "title": "Status", "description": "Waar de klacht staat: ontvangen (net binnen, nog niet geregistreerd), in behandeling (geregistreerd en ondertekend) of afgehandeld (dossier compleet).", "type": "string", "enum": ["ontvangen", "in behandeling", "afgehandeld"] }, "complex": { "title": "Complexe klacht", "description": "true bij een complexe klacht (reactie binnen één maand), false bij een eenvoudige (reactie per omgaande). Verplicht vanaf 'in behandeling'.", "type": "boolean" }, "ontvangen": { "title": "Ontvangst", "description": "Hoe de klacht het eerst binnenkwam. Elke professional mag een klacht aannemen, ook mondeling.", "type": "object", "additionalProperties": false, "required": ["datum", "door", "wijze"], "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Ontvangstdatum", "description": "De dag waarop de klacht binnenkwam. Hier begint de registratietermijn." }, "door": { "$ref": "#/$defs/tekst", "title": "Ontvangen door", "description": "De professional die de klacht aannam." }, "wijze": { "title": "Wijze van ontvangst", "description": "mondeling, telefonisch, e-mail, brief of anders.", "type": "string", "enum": ["mondeling", "telefonisch", "e-mail", "brief", "anders"] } } }, "ingediend": { "$ref": "#/$defs/datum", "title": "Indiendatum", "description": "De dag waarop de klacht is ingediend. Hier begint de reactietermijn; het jaar bepaalt het klachtnummer." }, "geregistreerd": { "$ref": "#/$defs/datum", "title": "Registratiedatum", "description": "De dag waarop het klachtenformulier is ingevuld. Verplicht vanaf 'in behandeling'." }, "indiener": { "title": "Indiener (NAW)", "description": "De persoon die de klacht indient. Dit zijn persoonsgegevens: ze blijven in dit bestand en in de PDF's van deze klacht.", "type": "object", "additionalProperties": false, "required": ["naam"], "properties": { "naam": { "$ref": "#/$defs/tekst", "title": "Naam", "description": "Naam van de indiener.", "x-persoonsgegeven": true }, "adres": { "$ref": "#/$defs/tekst", "title": "Adres", "description": "Straat en huisnummer. Verplicht vanaf 'in behandeling'.", "x-persoonsgegeven": true }, "postcode": { "$ref": "#/$defs/tekst", "title": "Postcode", "description": "Verplicht vanaf 'in behandeling'.", "x-persoonsgegeven": true }, "woonplaats": { "$ref": "#/$defs/tekst", "title": "Woonplaats", "description": "Verplicht vanaf 'in behandeling'.", "x-persoonsgegeven": true }, "email": { "title": "E-mailadres", "description": "Niet verplicht. Na 'klacht anonimiseer' staat hier [geanonimiseerd].", "x-persoonsgegeven": true, "type": "string", "anyOf": [{ "format": "email" }, { "const": "[geanonimiseerd]" }] }, "telefoon": { "$ref": "#/$defs/tekst", "title": "Telefoonnummer", "description": 'Niet verplicht. Zet het tussen aanhalingstekens, zoals "06-12345678".', "x-persoonsgegeven": true }, "rol": { "title": "Rol van de indiener", "description": "opdrachtgever, medewerker, coachee of klant. Verplicht vanaf 'in behandeling'.", "type": "string", "enum": ["opdrachtgever", "medewerker", "coachee", "klant"] } } }, "klachtverantwoordelijke": { "$ref": "#/$defs/tekst", "title": "Klachtverantwoordelijke", "description": "Wie binnen de organisatie verantwoordelijk is voor deze klacht. Verplicht vanaf 'in behandeling'." }, "behandelaar": { "$ref": "#/$defs/tekst", "title": "Behandelaar", "description": "Wie de klacht heeft behandeld. Verplicht bij 'afgehandeld'." }, "categorie": { "$ref": "#/$defs/tekst", "title": "Categorie", "description": "Soort klacht, voor de jaaranalyse. Als de configuratie categorieën noemt, moet het er één van zijn." }, "acties": { "title": "Acties", "description": "Datum en actie naar aanleiding van de klacht.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["datum", "actie"], "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Datum", "description": "Wanneer de actie plaatsvond of gepland is." }, "actie": { "$ref": "#/$defs/tekst", "title": "Actie", "description": "Wat er is of wordt gedaan." } } } }, "correspondentie": { "title": "Correspondentie", "description": "Gevoerde correspondentie over de klacht, in en uit.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["datum", "richting", "soort"], "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Datum", "description": "Datum van verzending of ontvangst." }, "richting": { "title": "Richting", "description": "in (van de indiener) of uit (naar de indiener).", "type": "string", "enum": ["in", "uit"] }, "soort": { "title": "Soort", "description": "ontvangstbevestiging, reactie, verlenging, oplossing of overig.", "type": "string", "enum": ["ontvangstbevestiging", "reactie", "verlenging", "oplossing", "overig"] }, "onderwerp": { "$ref": "#/$defs/tekst", "title": "Onderwerp", "description": "Korte aanduiding van de inhoud.", "x-persoonsgegeven": true }, "kanaal": { "$ref": "#/$defs/tekst", "title": "Kanaal", "description": "Bijvoorbeeld e-mail, brief of telefoon." }, "bijlage": { "$ref": "#/$defs/tekst", "title": "Bijlage", "description": "Pad naar een bestand in deze repository, bijvoorbeeld bijlagen/KL-2026-007-reactie.pdf.", "x-persoonsgegeven": true } } } }, "verlengingen": { "title": "Verlengingen", "description": "Elke keer dat de reactietermijn niet haalbaar bleek: wanneer de indiener dat hoorde, waarom, en de nieuwe toegezegde datum.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["gemeld", "reden", "nieuwe_termijn"], "properties": { "gemeld": { "$ref": "#/$defs/datum", "title": "Gemeld op", "description": "De dag waarop de indiener over de vertraging is geïnformeerd; ruim vóór het verstrijken van de termijn." }, "reden": { "$ref": "#/$defs/tekst", "title": "Reden", "description": "Waarom de termijn niet haalbaar is." }, "nieuwe_termijn": { "$ref": "#/$defs/datum", "title": "Nieuwe termijn", "description": "De toegezegde nieuwe datum; later dan de termijn die hij verlengt." } } } }, "afhandeling": { "title": "Afhandeling (klachtdossier)", "description": "Het dossier van de afgehandelde klacht. Alle velden behalve oordeel en maatregelen zijn verplicht bij 'afgehandeld'.", "type": "object", "additionalProperties": false, "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Afhandeldatum", "description": "De dag waarop de klacht is afgehandeld." }, "oorzaak": { "$ref": "#/$defs/tekst", "title": "Oorzaak", "description": "De vastgestelde oorzaak van de klacht." }, "oplossing": { "$ref": "#/$defs/tekst", "title": "Oplossing", "description": "De oplossing die is voorgesteld en schriftelijk bevestigd." }, "standpunt_indiener": { "$ref": "#/$defs/tekst", "title": "Standpunt indiener", "description": "Het ingenomen standpunt van de indiener.", "x-persoonsgegeven": true }, "standpunt_directie": { "$ref": "#/$defs/tekst", "title": "Standpunt directie", "description": "Het ingenomen standpunt van de directie." }, "overeenstemming": { "title": "Overeenstemming", "description": "true als er overeenstemming is met de indiener, anders false.", "type": "boolean" }, "oordeel": { "title": "Oordeel", "description": "Niet verplicht: gegrond, deels gegrond, ongegrond of ingetrokken.", "type": "string", "enum": ["gegrond", "deels gegrond", "ongegrond", "ingetrokken"] }, "maatregelen": { "title": "Maatregelen", "description": "Structurele of preventieve maatregelen om herhaling te voorkomen.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["omschrijving", "structureel", "status"], "properties": { "omschrijving": { "$ref": "#/$defs/tekst", "title": "Omschrijving", "description": "Wat de maatregel is." }, "structureel": { "title": "Structureel", "description": "true voor een structurele maatregel, false voor een eenmalige.", "type": "boolean" }, "status": { "title": "Status", "description": "gepland of uitgevoerd.", "type": "string", "enum": ["gepland", "uitgevoerd"] } } } } } }, "ondertekening": { "title": "Ondertekening", "description": "Ondertekening van het klachtenformulier door de indiener en de directie.", "type": "object", "additionalProperties": false, "properties": { "indiener": { "title": "Ondertekening indiener", "description": "Wanneer en hoe de indiener tekende (bijvoorbeeld handtekening op klachtenformulier, bevestiging per e-mail).", "type": "object", "additionalProperties": false, "required": ["datum", "wijze"], "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Datum", "description": "Datum van ondertekening." }, "wijze": { "$ref": "#/$defs/tekst", "title": "Wijze", "description": "Hoe de handtekening is gegeven." }, "bijlage": { "$ref": "#/$defs/tekst", "title": "Bijlage", "description": "Pad naar een scan onder bijlagen/.", "x-persoonsgegeven": true } } }, "directie": { "title": "Ondertekening directie", "description": "Wanneer en door wie van de directie getekend is. Verplicht vanaf 'in behandeling'. De goedkeuring van de pull request door dit directielid is de handtekening.", "type": "object", "additionalProperties": false, "required": ["datum", "naam"], "properties": { "datum": { "$ref": "#/$defs/datum", "title": "Datum", "description": "Datum van ondertekening." }, "naam": { "$ref": "#/$defs/tekst", "title": "Naam", "description": "Naam van het directielid, zoals in klachtenregister.yml." } } } } }, "geanonimiseerd": { "$ref": "#/$defs/datum", "title": "Geanonimiseerd op", "description": "Gezet door 'klacht anonimiseer': de persoonsgegevens zijn vanaf deze datum verwijderd." } }, "allOf": [{ "if": { "required": ["status"], "properties": { "status": { "enum": ["in behandeling", "afgehandeld"] } }, "type": "object" }, "then": { "required": ["complex", "geregistreerd", "klachtverantwoordelijke", "ondertekening"], "properties": { "indiener": { "required": ["naam", "adres", "postcode", "woonplaats", "rol"], "type": "object" }, "ondertekening": { "required": ["directie"], "type": "object" } }, "type": "object" } }, { "if": { "required": ["status"], "properties": { "status": { "const": "afgehandeld" } }, "type": "object" }, "then": { "required": ["behandelaar", "afhandeling", "correspondentie"], "properties": { "afhandeling": { "required": ["datum", "oorzaak", "oplossing", "standpunt_indiener", "standpunt_directie", "overeenstemming"], "type": "object" } }, "type": "object" } }], "$defs": { "datum": { "type": "string", "format": "date", "description": "Een bestaande datum, geschreven als JJJJ-MM-DD." }, "tekst": { "type": "string", "minLength": 1 } } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("^KL-[0-9]{4}-[0-9]{3,}$", "u");
    var formats0 = require_formats().fullFormats.date;
    var formats6 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs2 = errors;
      let valid1 = true;
      const _errs3 = errors;
      if (errors === _errs3) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing0;
          if (data.status === void 0 && (missing0 = "status")) {
            const err0 = {};
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          } else {
            if (data.status !== void 0) {
              let data0 = data.status;
              if (!(data0 === "in behandeling" || data0 === "afgehandeld")) {
                const err1 = {};
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
          }
        } else {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      errors = _errs2;
      if (vErrors !== null) {
        if (_errs2) {
          vErrors.length = _errs2;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs6 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.complex === void 0) {
            const err3 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "complex" }, message: "must have required property 'complex'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data.geregistreerd === void 0) {
            const err4 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "geregistreerd" }, message: "must have required property 'geregistreerd'" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data.klachtverantwoordelijke === void 0) {
            const err5 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "klachtverantwoordelijke" }, message: "must have required property 'klachtverantwoordelijke'" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data.ondertekening === void 0) {
            const err6 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "ondertekening" }, message: "must have required property 'ondertekening'" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data.indiener !== void 0) {
            let data1 = data.indiener;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.naam === void 0) {
                const err7 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (data1.adres === void 0) {
                const err8 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/required", keyword: "required", params: { missingProperty: "adres" }, message: "must have required property 'adres'" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (data1.postcode === void 0) {
                const err9 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/required", keyword: "required", params: { missingProperty: "postcode" }, message: "must have required property 'postcode'" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
              if (data1.woonplaats === void 0) {
                const err10 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/required", keyword: "required", params: { missingProperty: "woonplaats" }, message: "must have required property 'woonplaats'" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (data1.rol === void 0) {
                const err11 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/required", keyword: "required", params: { missingProperty: "rol" }, message: "must have required property 'rol'" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/indiener", schemaPath: "#/allOf/0/then/properties/indiener/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data.ondertekening !== void 0) {
            let data2 = data.ondertekening;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.directie === void 0) {
                const err13 = { instancePath: instancePath + "/ondertekening", schemaPath: "#/allOf/0/then/properties/ondertekening/required", keyword: "required", params: { missingProperty: "directie" }, message: "must have required property 'directie'" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/ondertekening", schemaPath: "#/allOf/0/then/properties/ondertekening/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        } else {
          const err15 = { instancePath, schemaPath: "#/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = _valid0;
        if (valid1) {
          var props0 = {};
          props0.indiener = true;
          props0.ondertekening = true;
          props0.status = true;
        }
      }
      if (!valid1) {
        const err16 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      const _errs13 = errors;
      let valid4 = true;
      const _errs14 = errors;
      if (errors === _errs14) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing1;
          if (data.status === void 0 && (missing1 = "status")) {
            const err17 = {};
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            if (data.status !== void 0) {
              if ("afgehandeld" !== data.status) {
                const err18 = {};
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
        } else {
          const err19 = {};
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      var _valid1 = _errs14 === errors;
      errors = _errs13;
      if (vErrors !== null) {
        if (_errs13) {
          vErrors.length = _errs13;
        } else {
          vErrors = null;
        }
      }
      if (_valid1) {
        const _errs17 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.behandelaar === void 0) {
            const err20 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "behandelaar" }, message: "must have required property 'behandelaar'" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data.afhandeling === void 0) {
            const err21 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "afhandeling" }, message: "must have required property 'afhandeling'" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (data.correspondentie === void 0) {
            const err22 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "correspondentie" }, message: "must have required property 'correspondentie'" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (data.afhandeling !== void 0) {
            let data4 = data.afhandeling;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              if (data4.datum === void 0) {
                const err23 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data4.oorzaak === void 0) {
                const err24 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "oorzaak" }, message: "must have required property 'oorzaak'" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data4.oplossing === void 0) {
                const err25 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "oplossing" }, message: "must have required property 'oplossing'" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (data4.standpunt_indiener === void 0) {
                const err26 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "standpunt_indiener" }, message: "must have required property 'standpunt_indiener'" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (data4.standpunt_directie === void 0) {
                const err27 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "standpunt_directie" }, message: "must have required property 'standpunt_directie'" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data4.overeenstemming === void 0) {
                const err28 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/required", keyword: "required", params: { missingProperty: "overeenstemming" }, message: "must have required property 'overeenstemming'" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            } else {
              const err29 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/allOf/1/then/properties/afhandeling/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        } else {
          const err30 = { instancePath, schemaPath: "#/allOf/1/then/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        var _valid1 = _errs17 === errors;
        valid4 = _valid1;
        if (valid4) {
          var props1 = {};
          props1.afhandeling = true;
          props1.status = true;
        }
      }
      if (!valid4) {
        const err31 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (props0 !== true && props1 !== void 0) {
        if (props1 === true) {
          props0 = true;
        } else {
          props0 = props0 || {};
          Object.assign(props0, props1);
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err32 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data.status === void 0) {
          const err33 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data.ontvangen === void 0) {
          const err34 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ontvangen" }, message: "must have required property 'ontvangen'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data.ingediend === void 0) {
          const err35 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ingediend" }, message: "must have required property 'ingediend'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data.indiener === void 0) {
          const err36 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "indiener" }, message: "must have required property 'indiener'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err37 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data5 = data.id;
          if (typeof data5 === "string") {
            if (!pattern4.test(data5)) {
              const err38 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^KL-[0-9]{4}-[0-9]{3,}$" }, message: 'must match pattern "^KL-[0-9]{4}-[0-9]{3,}$"' };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.status !== void 0) {
          let data6 = data.status;
          if (typeof data6 !== "string") {
            const err40 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (!(data6 === "ontvangen" || data6 === "in behandeling" || data6 === "afgehandeld")) {
            const err41 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data.complex !== void 0) {
          if (typeof data.complex !== "boolean") {
            const err42 = { instancePath: instancePath + "/complex", schemaPath: "#/properties/complex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data.ontvangen !== void 0) {
          let data8 = data.ontvangen;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.datum === void 0) {
              const err43 = { instancePath: instancePath + "/ontvangen", schemaPath: "#/properties/ontvangen/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data8.door === void 0) {
              const err44 = { instancePath: instancePath + "/ontvangen", schemaPath: "#/properties/ontvangen/required", keyword: "required", params: { missingProperty: "door" }, message: "must have required property 'door'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data8.wijze === void 0) {
              const err45 = { instancePath: instancePath + "/ontvangen", schemaPath: "#/properties/ontvangen/required", keyword: "required", params: { missingProperty: "wijze" }, message: "must have required property 'wijze'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "datum" || key1 === "door" || key1 === "wijze")) {
                const err46 = { instancePath: instancePath + "/ontvangen", schemaPath: "#/properties/ontvangen/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data8.datum !== void 0) {
              let data9 = data8.datum;
              if (typeof data9 === "string") {
                if (!formats0.validate(data9)) {
                  const err47 = { instancePath: instancePath + "/ontvangen/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/ontvangen/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data8.door !== void 0) {
              let data10 = data8.door;
              if (typeof data10 === "string") {
                if (func2(data10) < 1) {
                  const err49 = { instancePath: instancePath + "/ontvangen/door", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/ontvangen/door", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data8.wijze !== void 0) {
              let data11 = data8.wijze;
              if (typeof data11 !== "string") {
                const err51 = { instancePath: instancePath + "/ontvangen/wijze", schemaPath: "#/properties/ontvangen/properties/wijze/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (!(data11 === "mondeling" || data11 === "telefonisch" || data11 === "e-mail" || data11 === "brief" || data11 === "anders")) {
                const err52 = { instancePath: instancePath + "/ontvangen/wijze", schemaPath: "#/properties/ontvangen/properties/wijze/enum", keyword: "enum", params: { allowedValues: schema31.properties.ontvangen.properties.wijze.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = { instancePath: instancePath + "/ontvangen", schemaPath: "#/properties/ontvangen/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data.ingediend !== void 0) {
          let data12 = data.ingediend;
          if (typeof data12 === "string") {
            if (!formats0.validate(data12)) {
              const err54 = { instancePath: instancePath + "/ingediend", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/ingediend", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data.geregistreerd !== void 0) {
          let data13 = data.geregistreerd;
          if (typeof data13 === "string") {
            if (!formats0.validate(data13)) {
              const err56 = { instancePath: instancePath + "/geregistreerd", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/geregistreerd", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data.indiener !== void 0) {
          let data14 = data.indiener;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.naam === void 0) {
              const err58 = { instancePath: instancePath + "/indiener", schemaPath: "#/properties/indiener/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "naam" || key2 === "adres" || key2 === "postcode" || key2 === "woonplaats" || key2 === "email" || key2 === "telefoon" || key2 === "rol")) {
                const err59 = { instancePath: instancePath + "/indiener", schemaPath: "#/properties/indiener/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data14.naam !== void 0) {
              let data15 = data14.naam;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err60 = { instancePath: instancePath + "/indiener/naam", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              } else {
                const err61 = { instancePath: instancePath + "/indiener/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data14.adres !== void 0) {
              let data16 = data14.adres;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err62 = { instancePath: instancePath + "/indiener/adres", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/indiener/adres", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data14.postcode !== void 0) {
              let data17 = data14.postcode;
              if (typeof data17 === "string") {
                if (func2(data17) < 1) {
                  const err64 = { instancePath: instancePath + "/indiener/postcode", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/indiener/postcode", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data14.woonplaats !== void 0) {
              let data18 = data14.woonplaats;
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err66 = { instancePath: instancePath + "/indiener/woonplaats", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/indiener/woonplaats", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data14.email !== void 0) {
              let data19 = data14.email;
              if (typeof data19 !== "string") {
                const err68 = { instancePath: instancePath + "/indiener/email", schemaPath: "#/properties/indiener/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
              const _errs67 = errors;
              let valid18 = false;
              const _errs68 = errors;
              if (typeof data19 === "string") {
                if (!formats6.test(data19)) {
                  const err69 = { instancePath: instancePath + "/indiener/email", schemaPath: "#/properties/indiener/properties/email/anyOf/0/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              var _valid2 = _errs68 === errors;
              valid18 = valid18 || _valid2;
              const _errs69 = errors;
              if ("[geanonimiseerd]" !== data19) {
                const err70 = { instancePath: instancePath + "/indiener/email", schemaPath: "#/properties/indiener/properties/email/anyOf/1/const", keyword: "const", params: { allowedValue: "[geanonimiseerd]" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              var _valid2 = _errs69 === errors;
              valid18 = valid18 || _valid2;
              if (!valid18) {
                const err71 = { instancePath: instancePath + "/indiener/email", schemaPath: "#/properties/indiener/properties/email/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              } else {
                errors = _errs67;
                if (vErrors !== null) {
                  if (_errs67) {
                    vErrors.length = _errs67;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data14.telefoon !== void 0) {
              let data20 = data14.telefoon;
              if (typeof data20 === "string") {
                if (func2(data20) < 1) {
                  const err72 = { instancePath: instancePath + "/indiener/telefoon", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/indiener/telefoon", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data14.rol !== void 0) {
              let data21 = data14.rol;
              if (typeof data21 !== "string") {
                const err74 = { instancePath: instancePath + "/indiener/rol", schemaPath: "#/properties/indiener/properties/rol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
              if (!(data21 === "opdrachtgever" || data21 === "medewerker" || data21 === "coachee" || data21 === "klant")) {
                const err75 = { instancePath: instancePath + "/indiener/rol", schemaPath: "#/properties/indiener/properties/rol/enum", keyword: "enum", params: { allowedValues: schema31.properties.indiener.properties.rol.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/indiener", schemaPath: "#/properties/indiener/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data.klachtverantwoordelijke !== void 0) {
          let data22 = data.klachtverantwoordelijke;
          if (typeof data22 === "string") {
            if (func2(data22) < 1) {
              const err77 = { instancePath: instancePath + "/klachtverantwoordelijke", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/klachtverantwoordelijke", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data.behandelaar !== void 0) {
          let data23 = data.behandelaar;
          if (typeof data23 === "string") {
            if (func2(data23) < 1) {
              const err79 = { instancePath: instancePath + "/behandelaar", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/behandelaar", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data.categorie !== void 0) {
          let data24 = data.categorie;
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err81 = { instancePath: instancePath + "/categorie", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/categorie", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data.acties !== void 0) {
          let data25 = data.acties;
          if (Array.isArray(data25)) {
            const len0 = data25.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data26 = data25[i0];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.datum === void 0) {
                  const err83 = { instancePath: instancePath + "/acties/" + i0, schemaPath: "#/properties/acties/items/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (data26.actie === void 0) {
                  const err84 = { instancePath: instancePath + "/acties/" + i0, schemaPath: "#/properties/acties/items/required", keyword: "required", params: { missingProperty: "actie" }, message: "must have required property 'actie'" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                for (const key3 in data26) {
                  if (!(key3 === "datum" || key3 === "actie")) {
                    const err85 = { instancePath: instancePath + "/acties/" + i0, schemaPath: "#/properties/acties/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
                if (data26.datum !== void 0) {
                  let data27 = data26.datum;
                  if (typeof data27 === "string") {
                    if (!formats0.validate(data27)) {
                      const err86 = { instancePath: instancePath + "/acties/" + i0 + "/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/acties/" + i0 + "/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data26.actie !== void 0) {
                  let data28 = data26.actie;
                  if (typeof data28 === "string") {
                    if (func2(data28) < 1) {
                      const err88 = { instancePath: instancePath + "/acties/" + i0 + "/actie", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  } else {
                    const err89 = { instancePath: instancePath + "/acties/" + i0 + "/actie", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
              } else {
                const err90 = { instancePath: instancePath + "/acties/" + i0, schemaPath: "#/properties/acties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
          } else {
            const err91 = { instancePath: instancePath + "/acties", schemaPath: "#/properties/acties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data.correspondentie !== void 0) {
          let data29 = data.correspondentie;
          if (Array.isArray(data29)) {
            const len1 = data29.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data30 = data29[i1];
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                if (data30.datum === void 0) {
                  const err92 = { instancePath: instancePath + "/correspondentie/" + i1, schemaPath: "#/properties/correspondentie/items/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data30.richting === void 0) {
                  const err93 = { instancePath: instancePath + "/correspondentie/" + i1, schemaPath: "#/properties/correspondentie/items/required", keyword: "required", params: { missingProperty: "richting" }, message: "must have required property 'richting'" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data30.soort === void 0) {
                  const err94 = { instancePath: instancePath + "/correspondentie/" + i1, schemaPath: "#/properties/correspondentie/items/required", keyword: "required", params: { missingProperty: "soort" }, message: "must have required property 'soort'" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                for (const key4 in data30) {
                  if (!(key4 === "datum" || key4 === "richting" || key4 === "soort" || key4 === "onderwerp" || key4 === "kanaal" || key4 === "bijlage")) {
                    const err95 = { instancePath: instancePath + "/correspondentie/" + i1, schemaPath: "#/properties/correspondentie/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data30.datum !== void 0) {
                  let data31 = data30.datum;
                  if (typeof data31 === "string") {
                    if (!formats0.validate(data31)) {
                      const err96 = { instancePath: instancePath + "/correspondentie/" + i1 + "/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/correspondentie/" + i1 + "/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data30.richting !== void 0) {
                  let data32 = data30.richting;
                  if (typeof data32 !== "string") {
                    const err98 = { instancePath: instancePath + "/correspondentie/" + i1 + "/richting", schemaPath: "#/properties/correspondentie/items/properties/richting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  if (!(data32 === "in" || data32 === "uit")) {
                    const err99 = { instancePath: instancePath + "/correspondentie/" + i1 + "/richting", schemaPath: "#/properties/correspondentie/items/properties/richting/enum", keyword: "enum", params: { allowedValues: schema31.properties.correspondentie.items.properties.richting.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data30.soort !== void 0) {
                  let data33 = data30.soort;
                  if (typeof data33 !== "string") {
                    const err100 = { instancePath: instancePath + "/correspondentie/" + i1 + "/soort", schemaPath: "#/properties/correspondentie/items/properties/soort/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                  if (!(data33 === "ontvangstbevestiging" || data33 === "reactie" || data33 === "verlenging" || data33 === "oplossing" || data33 === "overig")) {
                    const err101 = { instancePath: instancePath + "/correspondentie/" + i1 + "/soort", schemaPath: "#/properties/correspondentie/items/properties/soort/enum", keyword: "enum", params: { allowedValues: schema31.properties.correspondentie.items.properties.soort.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data30.onderwerp !== void 0) {
                  let data34 = data30.onderwerp;
                  if (typeof data34 === "string") {
                    if (func2(data34) < 1) {
                      const err102 = { instancePath: instancePath + "/correspondentie/" + i1 + "/onderwerp", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/correspondentie/" + i1 + "/onderwerp", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data30.kanaal !== void 0) {
                  let data35 = data30.kanaal;
                  if (typeof data35 === "string") {
                    if (func2(data35) < 1) {
                      const err104 = { instancePath: instancePath + "/correspondentie/" + i1 + "/kanaal", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                  } else {
                    const err105 = { instancePath: instancePath + "/correspondentie/" + i1 + "/kanaal", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data30.bijlage !== void 0) {
                  let data36 = data30.bijlage;
                  if (typeof data36 === "string") {
                    if (func2(data36) < 1) {
                      const err106 = { instancePath: instancePath + "/correspondentie/" + i1 + "/bijlage", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/correspondentie/" + i1 + "/bijlage", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
              } else {
                const err108 = { instancePath: instancePath + "/correspondentie/" + i1, schemaPath: "#/properties/correspondentie/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
          } else {
            const err109 = { instancePath: instancePath + "/correspondentie", schemaPath: "#/properties/correspondentie/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data.verlengingen !== void 0) {
          let data37 = data.verlengingen;
          if (Array.isArray(data37)) {
            const len2 = data37.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data38 = data37[i2];
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.gemeld === void 0) {
                  const err110 = { instancePath: instancePath + "/verlengingen/" + i2, schemaPath: "#/properties/verlengingen/items/required", keyword: "required", params: { missingProperty: "gemeld" }, message: "must have required property 'gemeld'" };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (data38.reden === void 0) {
                  const err111 = { instancePath: instancePath + "/verlengingen/" + i2, schemaPath: "#/properties/verlengingen/items/required", keyword: "required", params: { missingProperty: "reden" }, message: "must have required property 'reden'" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (data38.nieuwe_termijn === void 0) {
                  const err112 = { instancePath: instancePath + "/verlengingen/" + i2, schemaPath: "#/properties/verlengingen/items/required", keyword: "required", params: { missingProperty: "nieuwe_termijn" }, message: "must have required property 'nieuwe_termijn'" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                for (const key5 in data38) {
                  if (!(key5 === "gemeld" || key5 === "reden" || key5 === "nieuwe_termijn")) {
                    const err113 = { instancePath: instancePath + "/verlengingen/" + i2, schemaPath: "#/properties/verlengingen/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data38.gemeld !== void 0) {
                  let data39 = data38.gemeld;
                  if (typeof data39 === "string") {
                    if (!formats0.validate(data39)) {
                      const err114 = { instancePath: instancePath + "/verlengingen/" + i2 + "/gemeld", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/verlengingen/" + i2 + "/gemeld", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data38.reden !== void 0) {
                  let data40 = data38.reden;
                  if (typeof data40 === "string") {
                    if (func2(data40) < 1) {
                      const err116 = { instancePath: instancePath + "/verlengingen/" + i2 + "/reden", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/verlengingen/" + i2 + "/reden", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data38.nieuwe_termijn !== void 0) {
                  let data41 = data38.nieuwe_termijn;
                  if (typeof data41 === "string") {
                    if (!formats0.validate(data41)) {
                      const err118 = { instancePath: instancePath + "/verlengingen/" + i2 + "/nieuwe_termijn", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  } else {
                    const err119 = { instancePath: instancePath + "/verlengingen/" + i2 + "/nieuwe_termijn", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
              } else {
                const err120 = { instancePath: instancePath + "/verlengingen/" + i2, schemaPath: "#/properties/verlengingen/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
          } else {
            const err121 = { instancePath: instancePath + "/verlengingen", schemaPath: "#/properties/verlengingen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
        if (data.afhandeling !== void 0) {
          let data42 = data.afhandeling;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key6 in data42) {
              if (!(key6 === "datum" || key6 === "oorzaak" || key6 === "oplossing" || key6 === "standpunt_indiener" || key6 === "standpunt_directie" || key6 === "overeenstemming" || key6 === "oordeel" || key6 === "maatregelen")) {
                const err122 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/properties/afhandeling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data42.datum !== void 0) {
              let data43 = data42.datum;
              if (typeof data43 === "string") {
                if (!formats0.validate(data43)) {
                  const err123 = { instancePath: instancePath + "/afhandeling/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/afhandeling/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data42.oorzaak !== void 0) {
              let data44 = data42.oorzaak;
              if (typeof data44 === "string") {
                if (func2(data44) < 1) {
                  const err125 = { instancePath: instancePath + "/afhandeling/oorzaak", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              } else {
                const err126 = { instancePath: instancePath + "/afhandeling/oorzaak", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data42.oplossing !== void 0) {
              let data45 = data42.oplossing;
              if (typeof data45 === "string") {
                if (func2(data45) < 1) {
                  const err127 = { instancePath: instancePath + "/afhandeling/oplossing", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
              } else {
                const err128 = { instancePath: instancePath + "/afhandeling/oplossing", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data42.standpunt_indiener !== void 0) {
              let data46 = data42.standpunt_indiener;
              if (typeof data46 === "string") {
                if (func2(data46) < 1) {
                  const err129 = { instancePath: instancePath + "/afhandeling/standpunt_indiener", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              } else {
                const err130 = { instancePath: instancePath + "/afhandeling/standpunt_indiener", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err130];
                } else {
                  vErrors.push(err130);
                }
                errors++;
              }
            }
            if (data42.standpunt_directie !== void 0) {
              let data47 = data42.standpunt_directie;
              if (typeof data47 === "string") {
                if (func2(data47) < 1) {
                  const err131 = { instancePath: instancePath + "/afhandeling/standpunt_directie", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              } else {
                const err132 = { instancePath: instancePath + "/afhandeling/standpunt_directie", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err132];
                } else {
                  vErrors.push(err132);
                }
                errors++;
              }
            }
            if (data42.overeenstemming !== void 0) {
              if (typeof data42.overeenstemming !== "boolean") {
                const err133 = { instancePath: instancePath + "/afhandeling/overeenstemming", schemaPath: "#/properties/afhandeling/properties/overeenstemming/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data42.oordeel !== void 0) {
              let data49 = data42.oordeel;
              if (typeof data49 !== "string") {
                const err134 = { instancePath: instancePath + "/afhandeling/oordeel", schemaPath: "#/properties/afhandeling/properties/oordeel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
              if (!(data49 === "gegrond" || data49 === "deels gegrond" || data49 === "ongegrond" || data49 === "ingetrokken")) {
                const err135 = { instancePath: instancePath + "/afhandeling/oordeel", schemaPath: "#/properties/afhandeling/properties/oordeel/enum", keyword: "enum", params: { allowedValues: schema31.properties.afhandeling.properties.oordeel.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err135];
                } else {
                  vErrors.push(err135);
                }
                errors++;
              }
            }
            if (data42.maatregelen !== void 0) {
              let data50 = data42.maatregelen;
              if (Array.isArray(data50)) {
                const len3 = data50.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data51 = data50[i3];
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.omschrijving === void 0) {
                      const err136 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3, schemaPath: "#/properties/afhandeling/properties/maatregelen/items/required", keyword: "required", params: { missingProperty: "omschrijving" }, message: "must have required property 'omschrijving'" };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                    if (data51.structureel === void 0) {
                      const err137 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3, schemaPath: "#/properties/afhandeling/properties/maatregelen/items/required", keyword: "required", params: { missingProperty: "structureel" }, message: "must have required property 'structureel'" };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                    if (data51.status === void 0) {
                      const err138 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3, schemaPath: "#/properties/afhandeling/properties/maatregelen/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                    }
                    for (const key7 in data51) {
                      if (!(key7 === "omschrijving" || key7 === "structureel" || key7 === "status")) {
                        const err139 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3, schemaPath: "#/properties/afhandeling/properties/maatregelen/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                    if (data51.omschrijving !== void 0) {
                      let data52 = data51.omschrijving;
                      if (typeof data52 === "string") {
                        if (func2(data52) < 1) {
                          const err140 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3 + "/omschrijving", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err140];
                          } else {
                            vErrors.push(err140);
                          }
                          errors++;
                        }
                      } else {
                        const err141 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3 + "/omschrijving", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err141];
                        } else {
                          vErrors.push(err141);
                        }
                        errors++;
                      }
                    }
                    if (data51.structureel !== void 0) {
                      if (typeof data51.structureel !== "boolean") {
                        const err142 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3 + "/structureel", schemaPath: "#/properties/afhandeling/properties/maatregelen/items/properties/structureel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data51.status !== void 0) {
                      let data54 = data51.status;
                      if (typeof data54 !== "string") {
                        const err143 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3 + "/status", schemaPath: "#/properties/afhandeling/properties/maatregelen/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                      if (!(data54 === "gepland" || data54 === "uitgevoerd")) {
                        const err144 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3 + "/status", schemaPath: "#/properties/afhandeling/properties/maatregelen/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.afhandeling.properties.maatregelen.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err145 = { instancePath: instancePath + "/afhandeling/maatregelen/" + i3, schemaPath: "#/properties/afhandeling/properties/maatregelen/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              } else {
                const err146 = { instancePath: instancePath + "/afhandeling/maatregelen", schemaPath: "#/properties/afhandeling/properties/maatregelen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
          } else {
            const err147 = { instancePath: instancePath + "/afhandeling", schemaPath: "#/properties/afhandeling/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
        if (data.ondertekening !== void 0) {
          let data55 = data.ondertekening;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            for (const key8 in data55) {
              if (!(key8 === "indiener" || key8 === "directie")) {
                const err148 = { instancePath: instancePath + "/ondertekening", schemaPath: "#/properties/ondertekening/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data55.indiener !== void 0) {
              let data56 = data55.indiener;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.datum === void 0) {
                  const err149 = { instancePath: instancePath + "/ondertekening/indiener", schemaPath: "#/properties/ondertekening/properties/indiener/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
                if (data56.wijze === void 0) {
                  const err150 = { instancePath: instancePath + "/ondertekening/indiener", schemaPath: "#/properties/ondertekening/properties/indiener/required", keyword: "required", params: { missingProperty: "wijze" }, message: "must have required property 'wijze'" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
                for (const key9 in data56) {
                  if (!(key9 === "datum" || key9 === "wijze" || key9 === "bijlage")) {
                    const err151 = { instancePath: instancePath + "/ondertekening/indiener", schemaPath: "#/properties/ondertekening/properties/indiener/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data56.datum !== void 0) {
                  let data57 = data56.datum;
                  if (typeof data57 === "string") {
                    if (!formats0.validate(data57)) {
                      const err152 = { instancePath: instancePath + "/ondertekening/indiener/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/ondertekening/indiener/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data56.wijze !== void 0) {
                  let data58 = data56.wijze;
                  if (typeof data58 === "string") {
                    if (func2(data58) < 1) {
                      const err154 = { instancePath: instancePath + "/ondertekening/indiener/wijze", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/ondertekening/indiener/wijze", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data56.bijlage !== void 0) {
                  let data59 = data56.bijlage;
                  if (typeof data59 === "string") {
                    if (func2(data59) < 1) {
                      const err156 = { instancePath: instancePath + "/ondertekening/indiener/bijlage", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  } else {
                    const err157 = { instancePath: instancePath + "/ondertekening/indiener/bijlage", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
              } else {
                const err158 = { instancePath: instancePath + "/ondertekening/indiener", schemaPath: "#/properties/ondertekening/properties/indiener/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data55.directie !== void 0) {
              let data60 = data55.directie;
              if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                if (data60.datum === void 0) {
                  const err159 = { instancePath: instancePath + "/ondertekening/directie", schemaPath: "#/properties/ondertekening/properties/directie/required", keyword: "required", params: { missingProperty: "datum" }, message: "must have required property 'datum'" };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
                if (data60.naam === void 0) {
                  const err160 = { instancePath: instancePath + "/ondertekening/directie", schemaPath: "#/properties/ondertekening/properties/directie/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                for (const key10 in data60) {
                  if (!(key10 === "datum" || key10 === "naam")) {
                    const err161 = { instancePath: instancePath + "/ondertekening/directie", schemaPath: "#/properties/ondertekening/properties/directie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data60.datum !== void 0) {
                  let data61 = data60.datum;
                  if (typeof data61 === "string") {
                    if (!formats0.validate(data61)) {
                      const err162 = { instancePath: instancePath + "/ondertekening/directie/datum", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                  } else {
                    const err163 = { instancePath: instancePath + "/ondertekening/directie/datum", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                }
                if (data60.naam !== void 0) {
                  let data62 = data60.naam;
                  if (typeof data62 === "string") {
                    if (func2(data62) < 1) {
                      const err164 = { instancePath: instancePath + "/ondertekening/directie/naam", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/ondertekening/directie/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
              } else {
                const err166 = { instancePath: instancePath + "/ondertekening/directie", schemaPath: "#/properties/ondertekening/properties/directie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
          } else {
            const err167 = { instancePath: instancePath + "/ondertekening", schemaPath: "#/properties/ondertekening/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err167];
            } else {
              vErrors.push(err167);
            }
            errors++;
          }
        }
        if (data.geanonimiseerd !== void 0) {
          let data63 = data.geanonimiseerd;
          if (typeof data63 === "string") {
            if (!formats0.validate(data63)) {
              const err168 = { instancePath: instancePath + "/geanonimiseerd", schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
          } else {
            const err169 = { instancePath: instancePath + "/geanonimiseerd", schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      } else {
        const err170 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.config = validate21;
    var schema65 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://klachtenregister.invalid/schema/config.schema.json", "title": "Configuratie klachtenregister", "description": "klachtenregister.yml in de hoofdmap van het register. Alle velden zijn optioneel.", "type": "object", "additionalProperties": false, "properties": { "organisatie": { "title": "Organisatie", "description": "Naam en contactgegevens voor het briefhoofd van formulieren en brieven.", "type": "object", "additionalProperties": false, "properties": { "naam": { "$ref": "#/$defs/tekst", "title": "Naam", "description": "Naam van de organisatie." }, "email": { "title": "E-mailadres", "description": "Algemeen e-mailadres.", "type": "string", "format": "email" }, "telefoon": { "$ref": "#/$defs/tekst", "title": "Telefoon", "description": "Algemeen telefoonnummer, tussen aanhalingstekens." }, "adres": { "$ref": "#/$defs/tekst", "title": "Adres", "description": "Postadres, op één regel." }, "logo": { "$ref": "#/$defs/tekst", "title": "Logo", "description": "Pad naar een PNG-, JPEG- of SVG-bestand in het register, voor het briefhoofd." } } }, "procedure": { "title": "Procedure", "description": "De termijnen die gelden: liberi (standaard), awb (Algemene wet bestuursrecht, hoofdstuk 9) of wkkgz (Wet kwaliteit, klachten en geschillen zorg).", "type": "string", "enum": ["liberi", "awb", "wkkgz"] }, "termijnen": { "title": "Termijnen", "description": "Afwijkingen van de termijnen van de gekozen procedure, met dezelfde sleutels als de procedure.", "type": "object" }, "waarschuwing_dagen": { "title": "Waarschuwingsdagen", "description": "Hoeveel dagen vóór een termijn de waarschuwing 'verloopt binnenkort' begint. Standaard 7.", "type": "integer", "minimum": 0, "maximum": 365 }, "bewaartermijn_maanden": { "title": "Bewaartermijn (maanden)", "description": "Hoe lang na afhandeling de persoonsgegevens van de indiener bewaard blijven. Standaard 24.", "type": "integer", "minimum": 1, "maximum": 1200 }, "vrije_dagen": { "title": "Vrije dagen", "description": "Extra niet-werkdagen naast weekend en algemeen erkende feestdagen, zoals bij besluit gelijkgestelde dagen of sluitingsdagen.", "type": "array", "items": { "$ref": "#/$defs/datum" } }, "terugdatering_dagen": { "title": "Terugdatering (dagen)", "description": "Een datum die zoveel dagen of meer vóór de commit ligt die hem vastlegt, wordt in de jaaranalyse gemeld. Standaard 7.", "type": "integer", "minimum": 0, "maximum": 3650 }, "directie": { "title": "Directie", "description": "De mensen die voor de directie mogen tekenen; github is hun GitHub-gebruikersnaam.", "type": "array", "items": { "$ref": "#/$defs/persoon" } }, "medewerkers": { "title": "Medewerkers", "description": "Professionals die klachten ontvangen of behandelen.", "type": "array", "items": { "$ref": "#/$defs/persoon" } }, "categorieen": { "title": "Categorieën", "description": "De toegestane waarden van 'categorie' in klachtbestanden. Leeg of afwezig: elke categorie mag.", "type": "array", "items": { "$ref": "#/$defs/tekst" }, "uniqueItems": true } }, "$defs": { "datum": { "type": "string", "format": "date", "description": "Een bestaande datum, geschreven als JJJJ-MM-DD." }, "tekst": { "type": "string", "minLength": 1 }, "persoon": { "type": "object", "additionalProperties": false, "required": ["naam"], "properties": { "naam": { "$ref": "#/$defs/tekst", "title": "Naam", "description": "Volledige naam, zoals die in klachtbestanden staat." }, "github": { "title": "GitHub-gebruikersnaam", "description": "Voor toewijzing van meldingen en de controle van ondertekening.", "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" } } } } };
    var func0 = require_equal().default;
    var pattern5 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.naam === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "naam" }, message: "must have required property 'naam'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "naam" || key0 === "github")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.naam !== void 0) {
          let data0 = data.naam;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err2 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.github !== void 0) {
          let data1 = data.github;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err4 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/github", schemaPath: "#/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      validate22.errors = vErrors;
      return errors === 0;
    }
    validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func1.call(schema65.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.organisatie !== void 0) {
          let data0 = data.organisatie;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
              if (!(key1 === "naam" || key1 === "email" || key1 === "telefoon" || key1 === "adres" || key1 === "logo")) {
                const err1 = { instancePath: instancePath + "/organisatie", schemaPath: "#/properties/organisatie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            }
            if (data0.naam !== void 0) {
              let data1 = data0.naam;
              if (typeof data1 === "string") {
                if (func2(data1) < 1) {
                  const err2 = { instancePath: instancePath + "/organisatie/naam", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = { instancePath: instancePath + "/organisatie/naam", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data0.email !== void 0) {
              let data2 = data0.email;
              if (typeof data2 === "string") {
                if (!formats6.test(data2)) {
                  const err4 = { instancePath: instancePath + "/organisatie/email", schemaPath: "#/properties/organisatie/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"' };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              } else {
                const err5 = { instancePath: instancePath + "/organisatie/email", schemaPath: "#/properties/organisatie/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data0.telefoon !== void 0) {
              let data3 = data0.telefoon;
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err6 = { instancePath: instancePath + "/organisatie/telefoon", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/organisatie/telefoon", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data0.adres !== void 0) {
              let data4 = data0.adres;
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err8 = { instancePath: instancePath + "/organisatie/adres", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/organisatie/adres", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data0.logo !== void 0) {
              let data5 = data0.logo;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err10 = { instancePath: instancePath + "/organisatie/logo", schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/organisatie/logo", schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/organisatie", schemaPath: "#/properties/organisatie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data.procedure !== void 0) {
          let data6 = data.procedure;
          if (typeof data6 !== "string") {
            const err13 = { instancePath: instancePath + "/procedure", schemaPath: "#/properties/procedure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(data6 === "liberi" || data6 === "awb" || data6 === "wkkgz")) {
            const err14 = { instancePath: instancePath + "/procedure", schemaPath: "#/properties/procedure/enum", keyword: "enum", params: { allowedValues: schema65.properties.procedure.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.termijnen !== void 0) {
          let data7 = data.termijnen;
          if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
            const err15 = { instancePath: instancePath + "/termijnen", schemaPath: "#/properties/termijnen/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.waarschuwing_dagen !== void 0) {
          let data8 = data.waarschuwing_dagen;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err16 = { instancePath: instancePath + "/waarschuwing_dagen", schemaPath: "#/properties/waarschuwing_dagen/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 365 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/waarschuwing_dagen", schemaPath: "#/properties/waarschuwing_dagen/maximum", keyword: "maximum", params: { comparison: "<=", limit: 365 }, message: "must be <= 365" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err18 = { instancePath: instancePath + "/waarschuwing_dagen", schemaPath: "#/properties/waarschuwing_dagen/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data.bewaartermijn_maanden !== void 0) {
          let data9 = data.bewaartermijn_maanden;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err19 = { instancePath: instancePath + "/bewaartermijn_maanden", schemaPath: "#/properties/bewaartermijn_maanden/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 1200 || isNaN(data9)) {
              const err20 = { instancePath: instancePath + "/bewaartermijn_maanden", schemaPath: "#/properties/bewaartermijn_maanden/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1200 }, message: "must be <= 1200" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data9 < 1 || isNaN(data9)) {
              const err21 = { instancePath: instancePath + "/bewaartermijn_maanden", schemaPath: "#/properties/bewaartermijn_maanden/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        if (data.vrije_dagen !== void 0) {
          let data10 = data.vrije_dagen;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (typeof data11 === "string") {
                if (!formats0.validate(data11)) {
                  const err22 = { instancePath: instancePath + "/vrije_dagen/" + i0, schemaPath: "#/$defs/datum/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/vrije_dagen/" + i0, schemaPath: "#/$defs/datum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/vrije_dagen", schemaPath: "#/properties/vrije_dagen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.terugdatering_dagen !== void 0) {
          let data12 = data.terugdatering_dagen;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err25 = { instancePath: instancePath + "/terugdatering_dagen", schemaPath: "#/properties/terugdatering_dagen/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 3650 || isNaN(data12)) {
              const err26 = { instancePath: instancePath + "/terugdatering_dagen", schemaPath: "#/properties/terugdatering_dagen/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data12 < 0 || isNaN(data12)) {
              const err27 = { instancePath: instancePath + "/terugdatering_dagen", schemaPath: "#/properties/terugdatering_dagen/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data.directie !== void 0) {
          let data13 = data.directie;
          if (Array.isArray(data13)) {
            const len1 = data13.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate22(data13[i1], { instancePath: instancePath + "/directie/" + i1, parentData: data13, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/directie", schemaPath: "#/properties/directie/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.medewerkers !== void 0) {
          let data15 = data.medewerkers;
          if (Array.isArray(data15)) {
            const len2 = data15.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate22(data15[i2], { instancePath: instancePath + "/medewerkers/" + i2, parentData: data15, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/medewerkers", schemaPath: "#/properties/medewerkers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.categorieen !== void 0) {
          let data17 = data.categorieen;
          if (Array.isArray(data17)) {
            const len3 = data17.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data18 = data17[i3];
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err30 = { instancePath: instancePath + "/categorieen/" + i3, schemaPath: "#/$defs/tekst/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/categorieen/" + i3, schemaPath: "#/$defs/tekst/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            let i4 = data17.length;
            let j0;
            if (i4 > 1) {
              outer0: for (; i4--; ) {
                for (j0 = i4; j0--; ) {
                  if (func0(data17[i4], data17[j0])) {
                    const err32 = { instancePath: instancePath + "/categorieen", schemaPath: "#/properties/categorieen/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i4 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/categorieen", schemaPath: "#/properties/categorieen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  }
});

// dist/core/complaint/finding.js
var FILE_START = { line: 1, column: 1 };
function finding(file, position, severity, rule, field, message) {
  return { file, line: position.line, column: position.column, severity, rule, field, message };
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
function hasErrors(findings) {
  return findings.some((f) => f.severity === "error");
}

// dist/register/bounded-read.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// dist/register/decode.js
var MAX_FILE_BYTES = 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, rule: "file-too-large", position: { line: 1, column: 1 }, message: `Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen. Een klachtbestand is tekst; zet grote bijlagen in bijlagen/ en verwijs ernaar.` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, rule: "file-binary", position: positionOfByte(bytes, nul), message: "Dit is geen tekstbestand (het bevat binaire gegevens). Een klachtbestand is Markdown-tekst." };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, rule: "file-encoding", position: positionOfByte(bytes, firstInvalidUtf8(bytes)), message: "Het bestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8)." };
  }
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++)
    if (((bytes[i] ?? 0) & 192) !== 128)
      column++;
  return { line, column };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0)
      return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || ((bytes[i + k] ?? 0) & 192) !== 128)
        return i;
    }
    if (length > 1 && !validSequence(bytes.subarray(i, i + length)))
      return i;
    i += length;
  }
  return 0;
}
function validSequence(sequence) {
  try {
    decoder.decode(sequence);
    return true;
  } catch {
    return false;
  }
}

// dist/register/bounded-read.js
function readBounded(path) {
  const fd = (0, import_node_fs.openSync)(path, "r");
  try {
    if ((0, import_node_fs.fstatSync)(fd).size <= MAX_FILE_BYTES)
      return (0, import_node_fs.readFileSync)(fd);
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = (0, import_node_fs.readSync)(fd, buffer, length, buffer.length - length, null);
      if (read === 0)
        break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function complaintFilesAsTheyAre(root, complaints) {
  return new Map(complaints.map(({ id, file }) => [id, readBounded((0, import_node_path.join)(root, file))]));
}
function readTextFile(root, file, kind, remedy = "maak het weer zoals klacht init het schreef") {
  const decoded = decodeText(readBounded((0, import_node_path.join)(root, file)));
  if (decoded.ok)
    return { ok: true, text: decoded.text };
  const message = {
    "file-too-large": `Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB en is niet gelezen, zodat één bestand de controle niet kan ophouden. ${kind} is een kort tekstbestand: ${remedy}.`,
    "file-binary": `Dit is geen tekstbestand (het bevat binaire gegevens). ${kind} is een tekstbestand.`,
    "file-encoding": "Het bestand is niet in UTF-8 opgeslagen. Sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8)."
  }[decoded.rule];
  return { ok: false, finding: finding(file, decoded.position, "error", decoded.rule, null, message) };
}

// dist/core/time/dutch-calendar.js
function easterSunday(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = (h + l - 7 * m + 114) % 31 + 1;
  return calendarDate(year, month, day);
}
function generalHolidays(year) {
  const easter = easterSunday(year);
  const kingsDay = (() => {
    if (year >= 2014) {
      const day2 = calendarDate(year, 4, 27);
      return { date: isoWeekday(day2) === 7 ? calendarDate(year, 4, 26) : day2, name: "Koningsdag" };
    }
    const day = calendarDate(year, 4, 30);
    return { date: isoWeekday(day) === 7 ? calendarDate(year, 4, 29) : day, name: "Koninginnedag" };
  })();
  const holidays = [
    { date: calendarDate(year, 1, 1), name: "Nieuwjaarsdag" },
    { date: addDays(easter, -2), name: "Goede Vrijdag" },
    { date: easter, name: "Eerste Paasdag" },
    { date: addDays(easter, 1), name: "Tweede Paasdag" },
    kingsDay,
    { date: calendarDate(year, 5, 5), name: "Bevrijdingsdag (5 mei)" },
    { date: addDays(easter, 39), name: "Hemelvaartsdag" },
    { date: addDays(easter, 49), name: "Eerste Pinksterdag" },
    { date: addDays(easter, 50), name: "Tweede Pinksterdag" },
    { date: calendarDate(year, 12, 25), name: "Eerste Kerstdag" },
    { date: calendarDate(year, 12, 26), name: "Tweede Kerstdag" }
  ];
  return holidays.sort((x, y) => x.date < y.date ? -1 : x.date > y.date ? 1 : 0);
}
var WorkingCalendar = class {
  holidaysByYear = /* @__PURE__ */ new Map();
  extra;
  constructor(extraDaysOff = []) {
    this.extra = new Set(extraDaysOff);
  }
  /** What makes `date` a day off, if anything (a holiday wins over the weekend for the name). */
  dayOff(date) {
    const holiday = this.holidaysOf(dateParts(date).year).get(date);
    if (holiday !== void 0)
      return { reason: "holiday", name: holiday };
    const weekday = isoWeekday(date);
    if (weekday === 6)
      return { reason: "weekend", name: "zaterdag" };
    if (weekday === 7)
      return { reason: "weekend", name: "zondag" };
    if (this.extra.has(date))
      return { reason: "vrije-dag", name: "vrije dag volgens klachtenregister.yml" };
    return void 0;
  }
  /** True on a working day. */
  isWorkingDay(date) {
    return this.dayOff(date) === void 0;
  }
  /** The first working day on or after `date`, with every day skipped and why. */
  rollForward(date) {
    const skipped = [];
    let day = date;
    for (let off = this.dayOff(day); off !== void 0; off = this.dayOff(day)) {
      skipped.push({ date: day, off });
      day = addDays(day, 1);
    }
    return { date: day, skipped };
  }
  /** `date` plus `count` working days (the start day itself not counted). */
  addWorkingDays(date, count2) {
    let day = date;
    for (let added = 0; added < count2; ) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day))
        added++;
    }
    return day;
  }
  holidaysOf(year) {
    let map = this.holidaysByYear.get(year);
    if (!map) {
      map = new Map(generalHolidays(year).map((h) => [h.date, h.name]));
      this.holidaysByYear.set(year, map);
    }
    return map;
  }
};

// dist/core/complaint/issue.js
function isSafeToEcho(text) {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(text);
}
function error(rule, path, target, message) {
  return { severity: "error", rule, path, target, message };
}
function warning(rule, path, target, message) {
  return { severity: "warning", rule, path, target, message };
}

// dist/core/time/procedure.js
var TWO_DAYS_AFTER_RECEIPT = { start: "ontvangen", aantal: 2, eenheid: "dagen", doorschuiven: true };
var SIX_WEEKS = { start: "ingediend", aantal: 6, eenheid: "weken", doorschuiven: true };
var PRESETS = {
  liberi: {
    name: "liberi",
    title: "Klachtenprocedure Liberi Coaching",
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: { start: "ingediend", aantal: 5, eenheid: "werkdagen", doorschuiven: true },
    reactie_complex: { start: "ingediend", aantal: 1, eenheid: "maanden", doorschuiven: true },
    verlenging: { max_dagen: null, max_aantal: null }
  },
  awb: {
    name: "awb",
    title: "Algemene wet bestuursrecht, hoofdstuk 9",
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: SIX_WEEKS,
    reactie_complex: SIX_WEEKS,
    verlenging: { max_dagen: 28, max_aantal: null }
  },
  wkkgz: {
    name: "wkkgz",
    title: "Wet kwaliteit, klachten en geschillen zorg",
    registratie: TWO_DAYS_AFTER_RECEIPT,
    ontvangstbevestiging: TWO_DAYS_AFTER_RECEIPT,
    reactie_eenvoudig: SIX_WEEKS,
    reactie_complex: SIX_WEEKS,
    verlenging: { max_dagen: 28, max_aantal: 1 }
  }
};
var TERM_KEYS = ["registratie", "ontvangstbevestiging", "reactie_eenvoudig", "reactie_complex"];
var UNITS = ["dagen", "werkdagen", "weken", "maanden"];
function resolveProcedure(name, overrides) {
  const issues = [];
  const preset = PRESETS[name];
  const result = { ...preset };
  for (const [key, value] of Object.entries(overrides)) {
    const path = ["termijnen", key];
    if (TERM_KEYS.includes(key)) {
      const base = preset[key];
      const merged = { ...base, ...typeof value === "object" && value !== null ? value : {} };
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        issues.push(error("invalid-type", path, "value", `'termijnen.${key}' moet een groep velden zijn (start, aantal, eenheid, doorschuiven).`));
      } else if (!isTermRule(merged)) {
        issues.push(error("invalid-value", path, "value", `'termijnen.${key}' klopt niet: start is ontvangen of ingediend, aantal een geheel getal vanaf 0, eenheid een van ${UNITS.join(", ")}, doorschuiven true of false.`));
      } else {
        result[key] = merged;
      }
    } else if (key === "verlenging") {
      const merged = { ...preset.verlenging, ...typeof value === "object" && value !== null ? value : {} };
      const ok = ["max_dagen", "max_aantal"].every((k) => merged[k] === null || Number.isInteger(merged[k]) && merged[k] >= 0) && Object.keys(merged).every((k) => k === "max_dagen" || k === "max_aantal");
      if (ok)
        result.verlenging = merged;
      else
        issues.push(error("invalid-value", path, "value", "'termijnen.verlenging' kent alleen max_dagen en max_aantal, elk een geheel getal of null."));
    } else {
      issues.push(error("unknown-key", path, "key", `Onbekende termijn '${key}'. Toegestaan: ${[...TERM_KEYS, "verlenging"].join(", ")}.`));
    }
  }
  return { procedure: result, issues };
}
function isTermRule(value) {
  return (value.start === "ontvangen" || value.start === "ingediend") && Number.isInteger(value.aantal) && value.aantal >= 0 && UNITS.includes(value.eenheid) && typeof value.doorschuiven === "boolean" && Object.keys(value).every((k) => ["start", "aantal", "eenheid", "doorschuiven"].includes(k));
}
function computeTerm(start, rule, calendar) {
  let end;
  switch (rule.eenheid) {
    case "dagen":
      end = addDays(start, rule.aantal);
      break;
    case "weken":
      end = addDays(start, rule.aantal * 7);
      break;
    case "maanden":
      end = addMonths(start, rule.aantal);
      break;
    case "werkdagen":
      end = calendar.addWorkingDays(start, rule.aantal);
      break;
  }
  if (!rule.doorschuiven)
    return { start, rule, end, due: end, skipped: [] };
  const rolled = calendar.rollForward(end);
  return { start, rule, end, due: rolled.date, skipped: rolled.skipped };
}
function responseRule(procedure, complex) {
  return complex === true ? procedure.reactie_complex : procedure.reactie_eenvoudig;
}

// dist/core/time/extension-ledger.js
function extensionLedger(extensions, baseDue, procedure, warningDays) {
  const entries = [];
  let due = baseDue;
  let counted = 0;
  const { max_aantal: maxCount, max_dagen: maxDays } = procedure.verlenging;
  extensions.forEach((extension, index) => {
    const { notified, newDue } = extension;
    let problem;
    if (notified === void 0)
      problem = "not-notified";
    else if (compareDates(notified, due) >= 0)
      problem = "late";
    else if (newDue === void 0)
      problem = "no-new-term";
    else if (compareDates(newDue, due) <= 0)
      problem = "not-later";
    else if (maxCount !== null && counted >= maxCount)
      problem = "too-many";
    else if (maxDays !== null && daysBetween(baseDue, newDue) > maxDays)
      problem = "too-long";
    const shortNotice = problem === void 0 && notified !== void 0 && daysBetween(notified, due) < warningDays;
    entries.push({ index, extension, extends: due, ...problem && { problem }, shortNotice });
    if (problem === void 0 && newDue !== void 0) {
      due = newDue;
      counted++;
    }
  });
  return { entries, due };
}

// dist/core/complaint/schema.js
var complaintSchema = require_complaint_schema();
var configSchema = require_config_schema();
var AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false };
var AJV_FORMATS = ["date", "email"];
var ANNOTATION_KEYWORDS = [
  { keyword: "x-persoonsgegeven", schemaType: "boolean" },
  { keyword: "x-omschrijving", schemaType: "object" }
];
function schemaCompiler(options = {}) {
  const { Ajv2020: Ajv } = require__();
  const formats = require_ajv_formats();
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  formats(ajv, [...AJV_FORMATS]);
  for (const definition of ANNOTATION_KEYWORDS)
    ajv.addKeyword(definition);
  ajv.addSchema(complaintSchema, "complaint");
  ajv.addSchema(configSchema, "config");
  return ajv;
}
function compileValidators() {
  const ajv = schemaCompiler();
  return { complaint: ajv.getSchema("complaint"), config: ajv.getSchema("config") };
}
function generatedValidators() {
  try {
    return require_schema_validators_generated();
  } catch (error2) {
    if (error2.code === "MODULE_NOT_FOUND" && String(error2.message).includes("schema-validators.generated.cjs"))
      return void 0;
    throw error2;
  }
}
var compiled;
function validators() {
  compiled ??= generatedValidators() ?? compileValidators();
  return compiled;
}
function schemaIssuesForComplaint(data) {
  const validate = validators().complaint;
  return validate(data) ? [] : issuesFromAjv(validate.errors ?? [], data, complaintSchema);
}
function schemaIssuesForConfig(data) {
  const validate = validators().config;
  return validate(data) ? [] : issuesFromAjv(validate.errors ?? [], data, configSchema);
}
function schemaAt(root, path) {
  let node = resolveRef(root, root);
  for (const segment of path) {
    if (!node)
      return void 0;
    node = typeof segment === "number" ? node.items : node.properties?.[segment];
    node = node && resolveRef(root, node);
  }
  return node;
}
function resolveRef(root, node) {
  if (!node.$ref)
    return node;
  const name = node.$ref.replace("#/$defs/", "");
  const target = root.$defs?.[name];
  return target ? { ...target, ...node, $ref: void 0 } : node;
}
function pathFromPointer(pointer, data) {
  if (pointer === "")
    return [];
  const segments = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === "object" ? node[segment] : void 0;
  }
  return segments;
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object")
      return void 0;
    node = node[segment];
  }
  return node;
}
var TYPE_WORDS = {
  string: "tekst",
  boolean: "true of false",
  object: "een groep velden",
  array: "een lijst (regels die met - beginnen)",
  integer: "een geheel getal",
  number: "een getal"
};
function quoteField(path) {
  return `'${path.join(".")}'`;
}
function describeType(schema, type) {
  const word = TYPE_WORDS[type] ?? type;
  if (type === "object" && schema?.properties) {
    return `${word} (${Object.keys(schema.properties).join(", ")})`;
  }
  if (schema?.format === "date")
    return "een datum (JJJJ-MM-DD)";
  return word;
}
function statusOf(data) {
  const status = valueAt(data, ["status"]);
  return typeof status === "string" ? status : "";
}
function issuesFromAjv(errors, data, root) {
  const issues = [];
  const schemas = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const path = pathFromPointer(e.instancePath, data);
    if (!schemas.has(e.instancePath))
      schemas.set(e.instancePath, schemaAt(root, path));
    const fieldSchema = schemas.get(e.instancePath);
    const value = valueAt(data, path);
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(e.params.additionalProperty);
        const known = Object.keys(fieldSchema?.properties ?? {});
        const suggestion = closest(key, known);
        const where = path.length > 0 ? ` in ${quoteField(path)}` : "";
        const allowed = suggestion ? ` Bedoelde u '${suggestion}'?` : ` Toegestaan: ${known.join(", ")}.`;
        if (isSafeToEcho(key)) {
          issues.push({ ...error("unknown-key", [...path, key], "key", `Onbekend veld '${key}'${where}.${allowed}`), actual: key, ...suggestion ? { expected: suggestion } : {} });
        } else {
          issues.push({
            ...error("unknown-key", [...path, key], "key", `Onbekend veld${where}.${allowed} Staat er een komma in een tekst tussen { }? Zet die tekst dan tussen aanhalingstekens.`),
            field: path.length > 0 ? path.join(".") : null
          });
        }
        break;
      }
      case "required": {
        const missing = String(e.params.missingProperty);
        const full = [...path, missing];
        const title = schemaAt(root, full)?.title;
        const named2 = `${quoteField(full)}${title ? ` (${title})` : ""}`;
        if (e.schemaPath.includes("/then/")) {
          issues.push(error("status-requirement", full, "missing", `Veld ${named2} ontbreekt. Dat is verplicht bij status '${statusOf(data)}'.`));
        } else {
          issues.push(error("required", full, "missing", `Veld ${named2} ontbreekt. Dat is altijd verplicht.`));
        }
        break;
      }
      case "type": {
        const expected = String(e.params.type);
        if (value === null) {
          issues.push(error("empty-value", path, "key", `Veld ${quoteField(path)} is leeg. Vul ${describeType(fieldSchema, expected)} in of haal het veld weg.`));
        } else {
          issues.push(error("invalid-type", path, "value", `Veld ${quoteField(path)} moet ${describeType(fieldSchema, expected)} zijn.`));
        }
        break;
      }
      case "enum": {
        const allowed = e.params.allowedValues.map(String);
        const suggestion = typeof value === "string" ? closest(value, allowed) : void 0;
        const shown = suggestion && typeof value === "string" ? ` '${value}'` : "";
        issues.push({
          ...error("invalid-value", path, "value", `Ongeldige waarde${shown} voor ${quoteField(path)}.${suggestion ? ` Bedoelde u '${suggestion}'?` : ""} Kies uit: ${allowed.join(", ")}.`),
          expected: suggestion ?? allowed.join(" | "),
          ...shown ? { actual: String(value) } : {}
        });
        break;
      }
      case "format": {
        const format = String(e.params.format);
        if (format === "date") {
          const message = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `Veld ${quoteField(path)}: de datum ${value} bestaat niet.` : `Veld ${quoteField(path)} moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-03-02.`;
          issues.push(error("invalid-date", path, "value", message));
        } else if (format === "email") {
          issues.push(error("invalid-email", path, "value", `Veld ${quoteField(path)} is geen geldig e-mailadres.`));
        } else {
          issues.push(error("invalid-value", path, "value", `Veld ${quoteField(path)} heeft niet de juiste vorm.`));
        }
        break;
      }
      case "pattern":
        if (path.length === 1 && path[0] === "id") {
          issues.push(error("invalid-id", path, "value", "Het klachtnummer moet de vorm KL-<jaar>-<volgnummer> hebben, met minstens drie cijfers, bijvoorbeeld KL-2026-007."));
        } else {
          issues.push(error("invalid-value", path, "value", `Veld ${quoteField(path)} heeft niet de juiste vorm.`));
        }
        break;
      case "minLength":
        issues.push(error("empty-value", path, "value", `Veld ${quoteField(path)} is leeg.`));
        break;
      case "minimum":
      case "maximum":
        issues.push(error("invalid-value", path, "value", `Veld ${quoteField(path)} ligt buiten het toegestane bereik.`));
        break;
      case "uniqueItems":
        issues.push(error("invalid-value", path, "value", `Lijst ${quoteField(path)} bevat een waarde twee keer.`));
        break;
      case "if":
        break;
      case "anyOf":
      case "const":
        if (errors.some((other) => other.instancePath === e.instancePath && other.keyword !== "anyOf" && other.keyword !== "const"))
          break;
        if (e.keyword === "anyOf")
          issues.push(error("schema", path, "value", `Veld ${quoteField(path)} voldoet niet aan het schema (${e.keyword}).`));
        break;
      default:
        issues.push(error("schema", path, "value", `Veld ${quoteField(path)} voldoet niet aan het schema (${e.keyword}).`));
    }
  }
  return withoutEchoOfTypos(issues);
}
function withoutEchoOfTypos(issues) {
  const suggested = new Set(issues.filter((i) => i.rule === "unknown-key").flatMap((i) => i.expected ? [[...i.path.slice(0, -1), i.expected].join(".")] : []));
  const alwaysRequired = new Set(issues.filter((i) => i.rule === "required").map((i) => i.path.join(".")));
  return issues.filter((i) => !((i.rule === "required" || i.rule === "status-requirement") && suggested.has(i.path.join("."))) && !(i.rule === "status-requirement" && alwaysRequired.has(i.path.join("."))));
}

// dist/core/complaint/rules.js
var FILE_PATTERN = /^complaints\/(\d{4})\/([^/]+)\.md$/;
function datedFields(data, keep = () => true) {
  const found = [];
  const path = [];
  const visit = (value, shape) => {
    if (typeof value === "string") {
      const date = shape.date ? parseCalendarDate(value) : void 0;
      if (date && keep(date))
        found.push({ path: [...path], date });
    } else if (Array.isArray(value)) {
      const items = shape.items;
      if (!items)
        return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index], items);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      const properties = shape.properties;
      if (!properties)
        return;
      for (const key in value) {
        const child = properties.get(key);
        if (!child || !Object.hasOwn(value, key))
          continue;
        path.push(key);
        visit(value[key], child);
        path.pop();
      }
    }
  };
  visit(data, complaintShape());
  return found;
}
var shapeOfComplaint;
function complaintShape() {
  shapeOfComplaint ??= shapeAt([]);
  return shapeOfComplaint;
}
function shapeAt(path) {
  const schema = schemaAt(complaintSchema, path);
  if (schema === void 0)
    return { date: false };
  const properties = schema.properties ? new Map(Object.keys(schema.properties).map((key) => [key, shapeAt([...path, key])])) : void 0;
  const items = schema.items ? shapeAt([...path, 0]) : void 0;
  return { date: schema.format === "date", ...properties && { properties }, ...items && { items } };
}
function named(path, date) {
  return `'${path.join(".")}' (${formatDateDutch(date)})`;
}
function complaintRules(data, complaint, context) {
  const issues = [];
  issues.push(...locationRules(complaint, context.file));
  issues.push(...dateOrderRules(data, complaint, context.today));
  issues.push(...statusRules(complaint));
  issues.push(...extensionRules(complaint, context));
  if (complaint.category !== void 0 && context.config.categories.length > 0 && !context.config.categories.includes(complaint.category)) {
    const suggestion = closest(complaint.category, context.config.categories);
    const shown = suggestion ? ` '${complaint.category}'` : "";
    issues.push(error("invalid-value", ["categorie"], "value", `Categorie${shown} staat niet in klachtenregister.yml.${suggestion ? ` Bedoelde u '${suggestion}'?` : ""} Kies uit: ${context.config.categories.join(", ")}.`));
  }
  if (complaint.description.trim() === "") {
    issues.push(error("empty-body", [], "body", "De omschrijving van de klacht ontbreekt. Schrijf onder de tweede --- wat de indiener aangeeft."));
  }
  return issues;
}
function locationRules(complaint, file) {
  const match = FILE_PATTERN.exec(file);
  if (!match) {
    return [error("file-location", [], "file", `Een klachtbestand hoort in complaints/<jaar>/<klachtnummer>.md te staan, niet in ${printable(file)}.`)];
  }
  const [, folderYear, name] = match;
  const id = complaint.id;
  if (id === void 0 || idYear(id) === void 0)
    return [];
  const issues = [];
  if (name !== id) {
    issues.push(error("id-mismatch", ["id"], "value", `Het klachtnummer ${id} past niet bij de bestandsnaam ${name}.md. Noem het bestand ${id}.md of pas het klachtnummer aan.`));
  }
  if (folderYear !== String(idYear(id))) {
    issues.push(error("id-mismatch", ["id"], "value", `Het klachtnummer ${id} past niet bij de map complaints/${folderYear}/. Zet het bestand in complaints/${idYear(id)}/.`));
  }
  if (complaint.submitted && Number(complaint.submitted.slice(0, 4)) !== idYear(id)) {
    issues.push(error("id-year", ["id"], "value", `Het jaar in klachtnummer ${id} moet het jaar van indiening zijn (${complaint.submitted.slice(0, 4)}).`));
  }
  return issues;
}
function dateOrderRules(data, complaint, today) {
  const issues = [];
  const received = complaint.received.date;
  const { submitted, registered } = complaint;
  if (received && submitted && compareDates(submitted, received) < 0) {
    issues.push(error("date-order", ["ingediend"], "value", `De indiendatum ${named(["ingediend"], submitted)} ligt vóór de ontvangstdatum ${named(["ontvangen", "datum"], received)}.`));
  }
  if (submitted && registered && compareDates(registered, submitted) < 0) {
    issues.push(error("date-order", ["geregistreerd"], "value", `De registratiedatum ${named(["geregistreerd"], registered)} ligt vóór de indiendatum ${named(["ingediend"], submitted)}.`));
  }
  const closed = complaint.closure?.date;
  if (closed && submitted && compareDates(closed, submitted) < 0) {
    issues.push(error("date-order", ["afhandeling", "datum"], "value", `De afhandeldatum ${named(["afhandeling", "datum"], closed)} ligt vóór de indiendatum ${named(["ingediend"], submitted)}.`));
  }
  const reported = new Set(issues.map((i) => i.path.join(".")));
  const outOfRange = (date) => received !== void 0 && compareDates(date, received) < 0 || compareDates(date, today) > 0;
  for (const { path, date } of datedFields(data, outOfRange)) {
    const key = path.join(".");
    if (received && !reported.has(key) && key !== "ontvangen.datum" && compareDates(date, received) < 0) {
      issues.push(error("date-order", path, "value", `Datum ${named(path, date)} ligt vóór de ontvangst van de klacht ${named(["ontvangen", "datum"], received)}.`));
    }
    if (path[path.length - 1] !== "nieuwe_termijn" && compareDates(date, today) > 0) {
      issues.push(warning("date-future", path, "value", `Datum ${named(path, date)} ligt na vandaag (${formatDateDutch(today)}). Klopt dat?`));
    }
  }
  return issues;
}
function statusRules(complaint) {
  const issues = [];
  const { status } = complaint;
  if ((status === "in behandeling" || status === "afgehandeld") && complaint.signatures.complainant === void 0) {
    issues.push(warning("unsigned-complainant", ["ondertekening", "indiener"], "missing", 'De ondertekening door de indiener ontbreekt. Leg vast wanneer en hoe de indiener het klachtenformulier tekende: formulier "Handtekening indiener vastleggen" of klacht teken.'));
  }
  if (status === "afgehandeld" && !complaint.correspondence.some((c) => c.direction === "uit" && c.kind === "reactie")) {
    issues.push(error("reply-missing", ["correspondentie"], complaint.correspondence.length > 0 ? "key" : "missing", 'Een afgehandelde klacht heeft een verstuurde schriftelijke reactie aan de indiener. Leg vast dat de reactie verstuurd is: formulier "Brief vastleggen" (richting uit, soort reactie) of klacht brief.'));
  }
  return issues;
}
function extensionRules(complaint, context) {
  const issues = [];
  if (complaint.extensions.length === 0)
    return issues;
  const base = context.responseDueBeforeExtensions(complaint);
  const warningDays = context.config.warningDays;
  const entries = base ? extensionLedger(complaint.extensions, base, context.procedure, warningDays).entries : [];
  complaint.extensions.forEach(({ newDue, notified }, index) => {
    const path = ["verlengingen", index, "nieuwe_termijn"];
    if (newDue && notified && compareDates(newDue, notified) <= 0) {
      issues.push(error("extension-term", path, "value", `De nieuwe termijn ${named(path, newDue)} moet na de melding ${named(["verlengingen", index, "gemeld"], notified)} liggen.`));
    }
  });
  for (const entry of entries) {
    const { index } = entry;
    const { newDue, notified } = entry.extension;
    const termPath = ["verlengingen", index, "nieuwe_termijn"];
    const noticePath = ["verlengingen", index, "gemeld"];
    switch (entry.problem) {
      case "not-later":
        issues.push(error("extension-term", termPath, "value", `De nieuwe termijn ${named(termPath, newDue)} moet later zijn dan de termijn die hij verlengt (${formatDateDutch(entry.extends)}).`));
        break;
      case "late":
        issues.push(warning("extension-late", noticePath, "value", `Deze verlenging is gemeld op ${formatDateDutch(notified)}, op of na de termijn die ze verlengt (${formatDateDutch(entry.extends)}). Ze telt niet mee: de termijn blijft ${formatDateDutch(entry.extends)}.`));
        break;
      case "too-many":
        issues.push(warning("extension-limit", ["verlengingen", index], "value", `De procedure staat ${plural(context.procedure.verlenging.max_aantal ?? 0, "verlenging", "verlengingen")} toe; deze verlenging telt niet mee.`));
        break;
      case "too-long":
        issues.push(warning("extension-limit", termPath, "value", `Samen verlengen de verlengingen de termijn met meer dan ${plural(context.procedure.verlenging.max_dagen ?? 0, "dag", "dagen")}; deze verlenging telt niet mee. Langer uitstel kan alleen met schriftelijke instemming van de indiener.`));
        break;
      default:
        if (entry.shortNotice) {
          issues.push(warning("extension-short-notice", noticePath, "value", `Deze verlenging is minder dan ${plural(warningDays, "dag", "dagen")} voor het verstrijken van de termijn (${formatDateDutch(entry.extends)}) gemeld: niet ruim voor het verstrijken, zoals de procedure vraagt.`));
        }
    }
  }
  return issues;
}
function duplicateIdIssues(files) {
  const firstById = /* @__PURE__ */ new Map();
  const issues = /* @__PURE__ */ new Map();
  for (const { file, id } of [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    if (id === void 0)
      continue;
    const first = firstById.get(id);
    if (first === void 0) {
      firstById.set(id, file);
    } else {
      issues.set(file, error("duplicate-id", ["id"], "value", `Klachtnummer ${id} bestaat al in ${printable(first)}. Geef deze klacht een eigen nummer.`));
    }
  }
  return issues;
}

// dist/core/complaint/validate.js
function validationContext(config, today) {
  const procedure = resolveProcedure(config.procedure, config.termOverrides).procedure;
  const calendar = new WorkingCalendar(config.extraHolidays);
  const dueDates = /* @__PURE__ */ new Map();
  const responseDue = (submitted, complex) => {
    const key = `${submitted}|${complex}`;
    let due = dueDates.get(key);
    if (due === void 0) {
      due = computeTerm(submitted, responseRule(procedure, complex), calendar).due;
      dueDates.set(key, due);
    }
    return due;
  };
  return { config, procedure, calendar, today, responseDue };
}
function validateComplaint(file, data, body, context) {
  const complaint = toComplaint(file, data, body);
  const issues = schemaIssuesForComplaint(data);
  issues.push(...complaintRules(data, complaint, {
    file,
    today: context.today,
    config: context.config,
    procedure: context.procedure,
    responseDueBeforeExtensions: (c) => c.submitted && context.responseDue(c.submitted, c.complex)
  }));
  return { issues, complaint };
}

// dist/register/frontmatter.js
var YAML_LANGUAGES = /* @__PURE__ */ new Set(["", "yaml", "yml"]);
function lineOf(text, end) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1))
    line++;
  return line;
}
function splitFrontmatter(text) {
  const firstBreak = text.search(/\r?\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!firstLine.startsWith("---") || firstLine.startsWith("----")) {
    return { kind: "problem", rule: "frontmatter-missing", line: 1, column: 1 };
  }
  const language = firstLine.slice(3).trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    return { kind: "problem", rule: "frontmatter-language", line: 1, column: 4, detail: language };
  }
  const closeAt = text.indexOf("\n---", 3);
  if (closeAt === -1 || firstBreak === -1) {
    return { kind: "problem", rule: "frontmatter-unclosed", line: 1, column: 1 };
  }
  const closingLine = lineOf(text, closeAt + 1);
  const lineEnd = text.indexOf("\n", closeAt + 1);
  const closingText = text.slice(closeAt + 1, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  if (closingText.trim() !== "---") {
    return { kind: "problem", rule: "frontmatter-fence", line: closingLine, column: 1 };
  }
  const matterStart = language === "" ? 3 : firstBreak;
  let bodyStart = closeAt + 4;
  if (text.charCodeAt(bodyStart) === 13)
    bodyStart++;
  if (text.charCodeAt(bodyStart) === 10)
    bodyStart++;
  return {
    kind: "split",
    // With CRLF line endings the \r before the closing fence is not part of the YAML (see above).
    matter: text.slice(matterStart, closeAt).replace(/\r$/, ""),
    body: text.slice(bodyStart),
    bodyLine: closingLine + 1
  };
}

// dist/register/yaml-lib.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var YAML_MODULE = true ? "./yaml.cjs" : "yaml";
var lib;
function yamlLib() {
  lib ??= require2(YAML_MODULE);
  return lib;
}

// dist/register/yaml-document.js
var MAX_DEPTH = 64;
var MAX_ALIASES = 100;
function readYamlDocument(matter, options = {}) {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc;
  try {
    doc = parseDocument(matter, {
      schema: "core",
      version: "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      lineCounter,
      logLevel: "error",
      keepSourceTokens: options.sourceTokens === true
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { doc, lineCounter, ...walk(doc) };
}
function walk(doc) {
  const { isAlias, isCollection, isMap, isPair, isScalar } = yamlLib();
  const duplicates = [];
  const others = [];
  const anchors = /* @__PURE__ */ new Map();
  const firstAnchors = /* @__PURE__ */ new Map();
  const aliasTargets = /* @__PURE__ */ new Map();
  const unresolved = [];
  let aliasCount = 0;
  let tooDeep = false;
  const stack = [{ node: doc.contents, depth: 0 }];
  for (let open = stack.pop(); open !== void 0; open = stack.pop()) {
    const { node, depth } = open;
    if (isPair(node)) {
      if (isAlias(node.key) || isCollection(node.key))
        others.push({ kind: "key-not-text", offset: node.key.range?.[0] ?? 0 });
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (isAlias(node)) {
      aliasCount++;
      if (aliasCount === MAX_ALIASES + 1)
        others.push({ kind: "too-many-aliases", offset: node.range?.[0] ?? 0 });
      const target = anchors.get(node.source);
      if (target === void 0)
        unresolved.push(node);
      else if (encloses(target, node))
        others.push({ kind: "alias-self", offset: node.range?.[0] ?? 0, anchor: target.range?.[0] ?? 0 });
      else
        aliasTargets.set(node, target);
      continue;
    }
    if (!isScalar(node) && !isCollection(node))
      continue;
    if (node.anchor) {
      anchors.set(node.anchor, node);
      if (!firstAnchors.has(node.anchor))
        firstAnchors.set(node.anchor, node.range?.[0] ?? 0);
    }
    if (!isCollection(node))
      continue;
    if (depth + 1 > MAX_DEPTH) {
      if (!tooDeep)
        others.push({ kind: "too-deep", offset: node.range?.[0] ?? 0 });
      tooDeep = true;
      continue;
    }
    if (isMap(node))
      duplicates.push(...duplicateKeys(node.items));
    for (let i = node.items.length - 1; i >= 0; i--)
      stack.push({ node: node.items[i], depth: depth + 1 });
  }
  for (const alias of unresolved) {
    const offset = alias.range?.[0] ?? 0;
    const anchor = firstAnchors.get(alias.source);
    others.push(anchor === void 0 ? { kind: "alias-missing", offset } : { kind: "alias-later", offset, anchor });
  }
  const byPlace = (a, b) => a.offset - b.offset;
  return { structure: [...duplicates.sort(byPlace), ...others.sort(byPlace)], aliasTargets };
}
function encloses(target, alias) {
  const inner = alias.range?.[0];
  const range = target.range;
  return yamlLib().isCollection(target) && range !== void 0 && range !== null && inner !== void 0 && range[0] <= inner && inner < range[1];
}
function duplicateKeys(pairs) {
  const { isScalar } = yamlLib();
  const seen = /* @__PURE__ */ new Set();
  const found = [];
  for (const pair of pairs) {
    const key = pair.key;
    if (!isScalar(key))
      continue;
    if (typeof key.value === "number" && Number.isNaN(key.value))
      continue;
    if (seen.has(key.value))
      found.push({ kind: "duplicate-key", offset: key.range?.[0] ?? 0 });
    else
      seen.add(key.value);
  }
  return found;
}

// dist/register/yaml-frontmatter.js
function isPlainRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var TOO_DEEP = `De frontmatter is te diep genest: meer dan ${MAX_DEPTH} lijsten of groepen binnen elkaar (een klachtbestand heeft er hooguit vier). Controleer de haakjes [ ] en { } en de inspringing.`;
var KEY_NOT_TEXT = "Een veldnaam moet gewone tekst zijn, maar hier staat een verwijzing (*) naar een waarde elders, of een lijst of groep. Schrijf de naam van het veld zelf uit.";
var YAML_MESSAGES = {
  DUPLICATE_KEY: "Dit veld staat twee keer in de frontmatter. Laat één van beide staan.",
  TAB_AS_INDENT: "Hier wordt met een tab ingesprongen. YAML staat alleen spaties toe.",
  BAD_INDENT: "De inspringing klopt hier niet. Gebruik spaties en spring velden van hetzelfde niveau even ver in.",
  MISSING_CHAR: "Hier ontbreekt een teken, zoals een afsluitend aanhalingsteken of haakje.",
  BLOCK_AS_IMPLICIT_KEY: "Hier lijkt een dubbele punt of inspringing te ontbreken.",
  MULTILINE_IMPLICIT_KEY: "Een veldnaam moet op één regel staan. Ontbreekt er een dubbele punt of aanhalingsteken?",
  UNEXPECTED_TOKEN: "Onverwacht teken in de YAML. Controleer dubbele punten, aanhalingstekens en inspringing.",
  BAD_SCALAR_START: "Deze waarde begint met een teken dat YAML niet toestaat. Zet de waarde tussen aanhalingstekens.",
  BAD_DQ_ESCAPE: "Ongeldige escape (\\) in tekst tussen dubbele aanhalingstekens.",
  BLOCK_IN_FLOW: "Een lijst of blok kan niet binnen { } of [ ] staan.",
  MULTIPLE_DOCS: "De frontmatter mag maar één YAML-document bevatten.",
  KEY_OVER_1024_CHARS: "Een veldnaam is te lang.",
  NON_STRING_KEY: "Een veldnaam moet tekst zijn.",
  ALIAS_PROPS: "Een verwijzing (*) kan zelf geen anker (&) of tag hebben.",
  MULTIPLE_ANCHORS: "Deze waarde heeft twee ankers (&); één is genoeg.",
  BAD_ALIAS: "Een anker (&) of verwijzing (*) zonder geldige naam. Zet een naam direct achter & of *, zonder dubbele punt aan het eind.",
  RESOURCE_EXHAUSTION: TOO_DEEP,
  TAG_RESOLVE_FAILED: "YAML-tags (zoals !!js/function) zijn niet toegestaan; ze worden nooit uitgevoerd. Haal de tag weg."
};
function ruleForCode(code) {
  switch (code) {
    case "DUPLICATE_KEY":
      return "yaml-duplicate-key";
    case "TAB_AS_INDENT":
      return "yaml-tab";
    case "TAG_RESOLVE_FAILED":
      return "yaml-tag";
    case "RESOURCE_EXHAUSTION":
      return "yaml-depth";
    default:
      return "yaml-syntax";
  }
}
function messageForCode(code) {
  return YAML_MESSAGES[code] ?? `De YAML is hier niet geldig (${code}). Controleer dubbele punten, aanhalingstekens en inspringing.`;
}
function slowParse(matter) {
  const { doc, lineCounter, structure } = readYamlDocument(matter);
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems = yamlProblems(matter, doc, structure, (offset) => at(offset).line).map(({ offset, rule, message }) => ({ rule, position: at(offset), message }));
  if (problems.length > 0)
    return { ok: false, problems };
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return { ok: false, problems: [{ rule: "yaml-alias", position: FILE_START, message: "De frontmatter gebruikt te veel verwijzingen (*) naar ankers (&): uitgeschreven zou hij veel te groot worden. Schrijf de waarden zelf uit." }] };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ rule: "frontmatter-empty", position: { line: 2, column: 1 }, message: "De frontmatter is leeg. Zet tussen de twee regels --- de velden van de klacht (zie klacht nieuw of de README)." }] };
  }
  if (!isPlainRecord(data)) {
    return {
      ok: false,
      problems: [{ rule: "frontmatter-not-mapping", position: at(doc.contents.range[0]), message: "De frontmatter moet uit velden bestaan (veld: waarde), niet uit een losse waarde of een lijst." }]
    };
  }
  return { ok: true, data, locator: new DocumentLocator(doc.contents, at) };
}
function yamlProblems(matter, doc, structure, lineOf2) {
  const tooDeep = structure.some((p) => p.kind === "too-deep");
  const duplicates = structure.filter((p) => p.kind === "duplicate-key");
  const problems = [];
  let next = 0;
  let syntaxReported = false;
  for (const error2 of doc.errors) {
    if (error2.code === "RESOURCE_EXHAUSTION") {
      const first = !syntaxReported;
      syntaxReported = true;
      if (tooDeep || !first)
        continue;
    }
    for (; next < duplicates.length && duplicates[next].offset < error2.pos[0]; next++) {
      problems.push(structureProblem(duplicates[next], lineOf2));
    }
    const rule = ruleForCode(error2.code);
    if (rule === "yaml-syntax" || rule === "yaml-tab") {
      if (syntaxReported)
        continue;
      syntaxReported = true;
    }
    const offset = error2.code === "MISSING_CHAR" ? unclosedQuoteStart(matter, error2.pos[0]) ?? error2.pos[0] : error2.pos[0];
    problems.push({ rule, offset, message: messageForCode(error2.code) });
  }
  for (; next < duplicates.length; next++)
    problems.push(structureProblem(duplicates[next], lineOf2));
  for (const warning2 of doc.warnings) {
    if (warning2.code === "TAG_RESOLVE_FAILED")
      problems.push({ rule: "yaml-tag", offset: warning2.pos[0], message: messageForCode(warning2.code) });
  }
  for (const problem of structure)
    if (problem.kind !== "duplicate-key")
      problems.push(structureProblem(problem, lineOf2));
  return problems;
}
function structureProblem(problem, lineOf2) {
  const { offset } = problem;
  switch (problem.kind) {
    case "duplicate-key":
      return { offset, rule: "yaml-duplicate-key", message: messageForCode("DUPLICATE_KEY") };
    case "key-not-text":
      return { offset, rule: "yaml-key", message: KEY_NOT_TEXT };
    case "too-deep":
      return { offset, rule: "yaml-depth", message: TOO_DEEP };
    case "too-many-aliases":
      return { offset, rule: "yaml-alias", message: `De frontmatter gebruikt te veel verwijzingen (*) naar ankers (&): meer dan ${MAX_ALIASES}. Schrijf de waarden zelf uit.` };
    case "alias-missing":
      return {
        offset,
        rule: "yaml-alias",
        message: "Deze verwijzing (*) wijst naar een anker (&) dat nergens in de frontmatter staat. Controleer de naam achter * (een tikfout?), of schrijf de waarde zelf op deze plaats."
      };
    case "alias-later":
      return {
        offset,
        rule: "yaml-alias",
        message: `Deze verwijzing (*) wijst naar een anker (&) dat pas verderop staat, op regel ${lineOf2(problem.anchor)}. Een verwijzing moet na haar anker komen: zet het anker eerder, of schrijf de waarde zelf op deze plaats.`
      };
    case "alias-self":
      return {
        offset,
        rule: "yaml-alias",
        message: `Deze verwijzing (*) staat binnen de waarde van haar eigen anker (&, regel ${lineOf2(problem.anchor)}): een waarde kan niet naar zichzelf verwijzen. Schrijf de waarde zelf op deze plaats.`
      };
  }
}
var LEXER_MARKERS = /* @__PURE__ */ new Set(["", "", "", "\uFEFF"]);
function unclosedQuoteStart(text, errorOffset) {
  let offset = 0;
  for (const token of new (yamlLib()).Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token))
      continue;
    const end = offset + token.length;
    if (offset <= errorOffset && errorOffset <= end && (token.startsWith('"') || token.startsWith("'")))
      return offset;
    offset = end;
  }
  return void 0;
}
var DocumentLocator = class {
  root;
  at;
  /** Per mapping, its pairs by key (the first of each), made when a path first passes through it. */
  keyIndex = /* @__PURE__ */ new Map();
  constructor(root, at) {
    this.root = root;
    this.at = at;
  }
  locate(path, target) {
    const { isMap, isSeq } = yamlLib();
    let node = this.root;
    let fallback = FILE_START;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = this.pairs(node.items).get(String(segment));
        if (!pair)
          return fallback;
        const keyNode = pair.key;
        const keyPosition = keyNode.range ? this.at(keyNode.range[0]) : fallback;
        if (last && target === "key")
          return keyPosition;
        fallback = keyPosition;
        node = pair.value;
        if (node === null || node === void 0)
          return keyPosition;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (!item || !item.range)
          return fallback;
        fallback = this.at(item.range[0]);
        node = item;
      } else {
        return fallback;
      }
    }
    const range = node?.range;
    return range ? this.at(range[0]) : fallback;
  }
  /** The pairs of a mapping by the text of their scalar keys; a search per finding was quadratic. */
  pairs(items) {
    let index = this.keyIndex.get(items);
    if (!index) {
      const { isPair, isScalar } = yamlLib();
      index = /* @__PURE__ */ new Map();
      for (const item of items) {
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)))
          index.set(String(item.key.value), item);
      }
      this.keyIndex.set(items, index);
    }
    return index;
  }
};

// dist/register/plain-yaml.js
var OUTSIDE = /* @__PURE__ */ Symbol("outside the plain subset");
var UNSUPPORTED = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDFFF]/;
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var BOOLEANS = /* @__PURE__ */ new Map([["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false]]);
var CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
var WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
var PLAIN_START = /* @__PURE__ */ new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var PIPE = 124;
var GREATER = 62;
function isSimpleKey(key) {
  return key.length <= 100 && !isCoreWord(key) && key !== "__proto__";
}
function isCoreWord(text) {
  switch (text.length) {
    case 0:
      return true;
    case 1:
      return text === "~";
    case 4:
      return text === "null" || text === "Null" || text === "NULL" || text === "true" || text === "True" || text === "TRUE";
    case 5:
      return text === "false" || text === "False" || text === "FALSE";
    default:
      return false;
  }
}
function isKeyStart(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code === 95;
}
function isKeyPart(code) {
  return isKeyStart(code) || code >= 48 && code <= 57;
}
function parsePlainYaml(matter, marks) {
  if (UNSUPPORTED.test(matter))
    return void 0;
  const reader = new Reader(matter, marks);
  if (reader.indents.length === 0 || reader.indents[0] !== 0)
    return void 0;
  try {
    const result = reader.mapping(0, -1);
    return reader.done() ? result : void 0;
  } catch (error2) {
    if (error2 === OUTSIDE)
      return void 0;
    throw error2;
  }
}
var Reader = class {
  src;
  marks;
  /** Per significant line (not blank, not a comment): where its text starts and ends, and its indentation. */
  starts = [];
  ends = [];
  indents = [];
  next = 0;
  /** How many mappings and lists are open; deeper than MAX_DEPTH is left to `yaml`'s reading, which refuses it. */
  depth = 0;
  constructor(src, marks) {
    this.src = src;
    this.marks = marks;
    const length = src.length;
    let lineStart = 0;
    while (lineStart <= length) {
      let lineEnd = src.indexOf("\n", lineStart);
      if (lineEnd < 0)
        lineEnd = length;
      let start = lineStart;
      while (start < lineEnd && src.charCodeAt(start) === SPACE)
        start++;
      if (start < lineEnd && src.charCodeAt(start) !== HASH) {
        let end = lineEnd;
        while (end > start && src.charCodeAt(end - 1) === SPACE)
          end--;
        this.starts.push(start);
        this.ends.push(end);
        this.indents.push(start - lineStart);
      }
      lineStart = lineEnd + 1;
    }
  }
  done() {
    return this.next === this.indents.length;
  }
  /** One more mapping or list open. A `{ }` or `[ ]` on a line may add one more, so the subset stops one short of MAX_DEPTH. */
  enter() {
    if (++this.depth >= MAX_DEPTH)
      throw OUTSIDE;
  }
  leave(result) {
    this.depth--;
    return result;
  }
  /** Indentation of the next line, or -1 at the end. */
  nextIndent() {
    return this.next < this.indents.length ? this.indents[this.next] : -1;
  }
  /** Whether the next line is a list item (`-` alone or `- ...`). */
  nextIsItem() {
    const start = this.starts[this.next];
    const end = this.ends[this.next];
    return this.src.charCodeAt(start) === DASH && (start + 1 === end || this.src.charCodeAt(start + 1) === SPACE);
  }
  /**
   * A block mapping whose keys stand at `indent`. `first` is where its first entry starts when
   * that is on a list item's line already read (`- key: value`), else -1.
   */
  mapping(indent, first) {
    const src = this.src;
    const result = {};
    let pending = first;
    this.enter();
    for (; ; ) {
      let at;
      let end;
      if (pending >= 0) {
        at = pending;
        end = this.ends[this.next - 1];
        pending = -1;
      } else {
        const lineIndent = this.nextIndent();
        if (lineIndent < indent)
          return this.leave(result);
        if (lineIndent > indent)
          throw OUTSIDE;
        at = this.starts[this.next];
        end = this.ends[this.next];
        this.next++;
      }
      if (!isKeyStart(src.charCodeAt(at)))
        throw OUTSIDE;
      let colon = at + 1;
      while (colon < end && isKeyPart(src.charCodeAt(colon)))
        colon++;
      if (colon >= end || src.charCodeAt(colon) !== COLON)
        throw OUTSIDE;
      const key = src.slice(at, colon);
      if (!isSimpleKey(key) || result[key] !== void 0 && Object.hasOwn(result, key))
        throw OUTSIDE;
      let valueStart = colon + 1;
      if (valueStart < end && src.charCodeAt(valueStart) !== SPACE)
        throw OUTSIDE;
      while (valueStart < end && src.charCodeAt(valueStart) === SPACE)
        valueStart++;
      this.marks?.mark(result, key, at, this.valueOffset(valueStart, end, indent));
      result[key] = this.value(valueStart, end, indent);
    }
  }
  /**
   * Where `yaml` starts the value that value() reads next (same arguments, same branches): the
   * value on the key's line, else the first line of a nested mapping or list, else (null) the
   * comment on the key's line or the end of that line, trailing spaces included.
   */
  valueOffset(at, end, indent) {
    if (at < end && this.src.charCodeAt(at) !== HASH)
      return at;
    const lineIndent = this.nextIndent();
    if (lineIndent > indent || lineIndent >= 0 && lineIndent === indent && this.nextIsItem())
      return this.starts[this.next];
    if (at < end)
      return at;
    const lineEnd = this.src.indexOf("\n", end);
    return lineEnd < 0 ? this.src.length : lineEnd;
  }
  /** The value after `key:` (from `at` to `end` on its line), which may continue on deeper lines. */
  value(at, end, indent) {
    if (at < end && this.src.charCodeAt(at) !== HASH) {
      const first = this.src.charCodeAt(at);
      if (first === PIPE || first === GREATER)
        return this.blockText(at, end, indent);
      const value = inlineValue(this.src, at, end, this.marks);
      if (this.nextIndent() > indent)
        return this.plainContinued(at, end, indent);
      return value;
    }
    const lineIndent = this.nextIndent();
    if (lineIndent < 0)
      return null;
    if (lineIndent > indent)
      return this.nextIsItem() ? this.sequence(lineIndent) : this.mapping(lineIndent, -1);
    if (lineIndent === indent && this.nextIsItem())
      return this.sequence(indent);
    return null;
  }
  /** Moves past the significant lines that start before `stop` (they were read as raw text). */
  skipTo(stop) {
    while (this.next < this.starts.length && this.starts[this.next] < stop)
      this.next++;
  }
  /**
   * Plain text over more lines (`key: een` / `  twee`), as YAML folds it: lines joined by a space,
   * an empty line a line break. Only text: no comment on any line, no line that starts with an
   * indicator or holds `: `, so that no line can be read as anything else.
   */
  plainContinued(at, end, indent) {
    const src = this.src;
    const firstLine = src.slice(at, end);
    if (PLAIN_START.has(firstLine[0]) || !isFoldableLine(firstLine))
      throw OUTSIDE;
    const lines = rawLinesAfter(src, end, indent);
    let value = firstLine;
    let empty = 0;
    for (const line of lines.lines) {
      if (line.text === "") {
        empty++;
        continue;
      }
      if (PLAIN_START.has(line.text[0]) || !isFoldableLine(line.text))
        throw OUTSIDE;
      value += empty === 0 ? " " : "\n".repeat(empty);
      value += line.text;
      empty = 0;
    }
    this.skipTo(lines.stop);
    return value;
  }
  /**
   * Block text: `|` (literal) or `>` (folded), with the final line break kept or, with `-`, left
   * off. Explicit indentation, `+`, a comment after the indicator, blank lines of spaces, leading
   * empty lines and (for `>`) deeper or space-ended lines are left to the full parsers.
   */
  blockText(at, end, indent) {
    const src = this.src;
    const header = src.slice(at, end);
    if (header !== "|" && header !== "|-" && header !== ">" && header !== ">-")
      throw OUTSIDE;
    const literal = header[0] === "|";
    const lines = rawLinesAfter(src, end, indent);
    const content = lines.lines;
    const first = content[0];
    if (first === void 0 || first.text === "")
      throw OUTSIDE;
    const contentIndent = first.indent;
    if (content.some((line) => line.text === "" && line.raw !== ""))
      throw OUTSIDE;
    let last = content.length - 1;
    while (last >= 0 && content[last].text === "")
      last--;
    const kept = content.slice(0, last + 1);
    if (!lines.lastBreak && last === content.length - 1)
      throw OUTSIDE;
    let value = "";
    let empty = 0;
    let started = false;
    for (const line of kept) {
      if (line.text === "") {
        empty++;
        continue;
      }
      if (line.indent < contentIndent)
        throw OUTSIDE;
      const text = line.raw.slice(contentIndent);
      if (literal) {
        value += started ? "\n".repeat(empty + 1) : "";
      } else {
        if (line.indent !== contentIndent || text.endsWith(" "))
          throw OUTSIDE;
        value += started ? empty === 0 ? " " : "\n".repeat(empty) : "";
      }
      value += text;
      empty = 0;
      started = true;
    }
    this.skipTo(lines.stop);
    return header.length === 1 ? `${value}
` : value;
  }
  /** A block list whose dashes stand at `indent`. */
  sequence(indent) {
    const src = this.src;
    const result = [];
    this.enter();
    for (; ; ) {
      const lineIndent = this.nextIndent();
      if (lineIndent < indent)
        return this.leave(result);
      const start = this.starts[this.next];
      const end = this.ends[this.next];
      const dashed = src.charCodeAt(start) === DASH;
      if (lineIndent > indent || !dashed || start + 1 >= end || src.charCodeAt(start + 1) !== SPACE) {
        if (lineIndent === indent && !dashed)
          return this.leave(result);
        throw OUTSIDE;
      }
      this.next++;
      let content = start + 2;
      while (content < end && src.charCodeAt(content) === SPACE)
        content++;
      const contentIndent = indent + (content - start);
      const first = src.charCodeAt(content);
      if (content >= end || first === HASH || first === DASH)
        throw OUTSIDE;
      this.marks?.mark(result, result.length, content, content);
      if (startsWithKey(src, content, end)) {
        result.push(this.mapping(contentIndent, content));
      } else {
        result.push(inlineValue(src, content, end, this.marks));
        if (this.nextIndent() > indent)
          throw OUTSIDE;
      }
    }
  }
};
function rawLinesAfter(src, end, indent) {
  const lines = [];
  const firstBreak = src.indexOf("\n", end);
  if (firstBreak < 0)
    return { lines, stop: src.length, lastBreak: false };
  let lineStart = firstBreak + 1;
  let lastBreak = true;
  while (lineStart < src.length) {
    let lineEnd = src.indexOf("\n", lineStart);
    const hasBreak = lineEnd >= 0;
    if (!hasBreak)
      lineEnd = src.length;
    let start = lineStart;
    while (start < lineEnd && src.charCodeAt(start) === SPACE)
      start++;
    const lineIndent = start - lineStart;
    if (start < lineEnd && lineIndent <= indent)
      return { lines, stop: lineStart, lastBreak };
    const raw = src.slice(lineStart, lineEnd);
    lines.push({ raw, text: start < lineEnd ? src.slice(start, trimSpacesEnd(src, start, lineEnd)) : "", indent: lineIndent });
    lastBreak = hasBreak;
    lineStart = lineEnd + 1;
  }
  return { lines, stop: src.length, lastBreak };
}
function isFoldableLine(text) {
  return !text.includes(": ") && !text.endsWith(":") && !text.includes(" #");
}
function startsWithKey(src, at, end) {
  if (!isKeyStart(src.charCodeAt(at)))
    return false;
  let i = at + 1;
  while (i < end && isKeyPart(src.charCodeAt(i)))
    i++;
  return i < end && src.charCodeAt(i) === COLON && (i + 1 === end || src.charCodeAt(i + 1) === SPACE);
}
function trimSpacesEnd(src, at, end) {
  while (end > at && src.charCodeAt(end - 1) === SPACE)
    end--;
  return end;
}
function inlineValue(src, at, end, marks) {
  const first = src[at];
  if (first === "{") {
    const reader = new FlowReader(src, at, end, marks);
    const value = reader.mapping();
    reader.finish();
    return value;
  }
  if (first === "[") {
    const reader = new FlowReader(src, at, end, marks);
    const value = reader.sequence();
    reader.finish();
    return value;
  }
  if (first === '"' || first === "'") {
    const read = quoted(src, at, end);
    trailing(src, read.end, end);
    return read.value;
  }
  let stop = end;
  for (let i = at + 1; i < end; i++) {
    if (src.charCodeAt(i) === HASH && src.charCodeAt(i - 1) === SPACE) {
      stop = i;
      break;
    }
  }
  return plainScalar(src.slice(at, trimSpacesEnd(src, at, stop)), false);
}
function plainScalar(plain, flow) {
  if (isCoreWord(plain))
    return NULLS.has(plain) ? null : BOOLEANS.get(plain);
  const first = plain.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === 43 || first === 45 || first === 46) {
    if (DATE.test(plain))
      return plain;
    if (WHOLE_NUMBER.test(plain))
      return Number(plain);
    if (CORE_NON_STRING.test(plain))
      throw OUTSIDE;
  }
  if (PLAIN_START.has(plain[0]))
    throw OUTSIDE;
  if (plain.includes(": ") || plain.endsWith(":") || plain.includes(" #"))
    throw OUTSIDE;
  if (flow && /[,[\]{}]/.test(plain))
    throw OUTSIDE;
  return plain;
}
function quoted(src, start, end) {
  if (src[start] === '"') {
    const close = src.indexOf('"', start + 1);
    if (close < 0 || close >= end)
      throw OUTSIDE;
    const value2 = src.slice(start + 1, close);
    if (value2.includes("\\"))
      throw OUTSIDE;
    return { value: value2, end: close + 1 };
  }
  let value = "";
  let at = start + 1;
  for (; ; ) {
    const close = src.indexOf("'", at);
    if (close < 0 || close >= end)
      throw OUTSIDE;
    value += src.slice(at, close);
    if (close + 1 < end && src[close + 1] === "'") {
      value += "'";
      at = close + 2;
    } else {
      return { value, end: close + 1 };
    }
  }
}
function trailing(src, at, end) {
  if (at === end)
    return;
  if (src.charCodeAt(at) !== SPACE)
    throw OUTSIDE;
  while (at < end && src.charCodeAt(at) === SPACE)
    at++;
  if (at < end && src.charCodeAt(at) !== HASH)
    throw OUTSIDE;
}
var FLOW_KEY = /([A-Za-z_][A-Za-z0-9_]*): +/y;
var FlowReader = class {
  src;
  end;
  marks;
  at;
  constructor(src, start, end, marks) {
    this.src = src;
    this.end = end;
    this.marks = marks;
    this.at = start + 1;
  }
  spaces() {
    while (this.at < this.end && this.src.charCodeAt(this.at) === SPACE)
      this.at++;
  }
  mapping() {
    const { src, end } = this;
    const result = {};
    this.spaces();
    if (src[this.at] === "}" && this.at < end) {
      this.at++;
      return result;
    }
    for (; ; ) {
      FLOW_KEY.lastIndex = this.at;
      const match = FLOW_KEY.exec(src);
      if (!match || FLOW_KEY.lastIndex >= end)
        throw OUTSIDE;
      const key = match[1];
      if (!isSimpleKey(key) || result[key] !== void 0 && Object.hasOwn(result, key))
        throw OUTSIDE;
      this.marks?.mark(result, key, match.index, FLOW_KEY.lastIndex);
      this.at = FLOW_KEY.lastIndex;
      const first = src[this.at];
      let value;
      if (first === '"' || first === "'") {
        const read = quoted(src, this.at, end);
        value = read.value;
        this.at = read.end;
        this.spaces();
      } else {
        let stop = this.at;
        while (stop < end && src[stop] !== "," && src[stop] !== "}")
          stop++;
        const valueEnd = trimSpacesEnd(src, this.at, stop);
        if (valueEnd === this.at)
          throw OUTSIDE;
        value = plainScalar(src.slice(this.at, valueEnd), true);
        this.at = stop;
      }
      result[key] = value;
      if (this.at >= end)
        throw OUTSIDE;
      const separator = src[this.at];
      this.at++;
      if (separator === "}")
        return result;
      if (separator !== ",")
        throw OUTSIDE;
      this.spaces();
      if (src[this.at] === "}")
        throw OUTSIDE;
    }
  }
  /** A one-line flow list of plain or quoted scalars: `[a, "b, c", 'd']`, from its `[`. */
  sequence() {
    const { src, end } = this;
    const result = [];
    this.spaces();
    if (src[this.at] === "]" && this.at < end) {
      this.at++;
      return result;
    }
    for (; ; ) {
      this.marks?.mark(result, result.length, this.at, this.at);
      const first = src[this.at];
      if (first === '"' || first === "'") {
        const read = quoted(src, this.at, end);
        result.push(read.value);
        this.at = read.end;
        this.spaces();
      } else {
        let stop = this.at;
        while (stop < end && src[stop] !== "," && src[stop] !== "]")
          stop++;
        const valueEnd = trimSpacesEnd(src, this.at, stop);
        if (valueEnd === this.at)
          throw OUTSIDE;
        result.push(plainScalar(src.slice(this.at, valueEnd), true));
        this.at = stop;
      }
      if (this.at >= end)
        throw OUTSIDE;
      const separator = src[this.at];
      this.at++;
      if (separator === "]")
        return result;
      if (separator !== ",")
        throw OUTSIDE;
      this.spaces();
      if (src[this.at] === "]" || this.at >= end)
        throw OUTSIDE;
    }
  }
  finish() {
    trailing(this.src, this.at, this.end);
  }
};

// dist/register/line-index.js
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      this.starts.push(i + 1);
  }
  /** Line and column (UTF-16 units, from 1) of `offset`, as `yaml`'s LineCounter gives them. */
  position(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset)
        low = middle;
      else
        high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};

// dist/register/plain-positions.js
function plainLocator(matter) {
  const marks = /* @__PURE__ */ new Map();
  const data = parsePlainYaml(matter, {
    mark(container, key, keyOffset, valueOffset) {
      let inContainer = marks.get(container);
      if (!inContainer)
        marks.set(container, inContainer = /* @__PURE__ */ new Map());
      inContainer.set(key, { key: keyOffset, value: valueOffset });
    }
  });
  return data && new MarkedLocator(matter, data, marks);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MarkedLocator = class {
  src;
  root;
  marks;
  lines;
  constructor(src, root, marks) {
    this.src = src;
    this.root = root;
    this.marks = marks;
  }
  locate(path, target) {
    if (path.length === 0)
      return void 0;
    let node = this.root;
    let valueOffset = 0;
    let fallback = FILE_START;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      if (isRecord(node)) {
        const key = String(segment);
        if (!Object.hasOwn(node, key))
          return fallback;
        const mark = this.marks.get(node)?.get(key);
        if (!mark)
          return void 0;
        const keyPosition = this.at(mark.key);
        if (i === path.length - 1 && target === "key")
          return keyPosition;
        fallback = keyPosition;
        node = node[key];
        valueOffset = mark.value;
      } else if (Array.isArray(node) && typeof segment === "number") {
        if (!Object.hasOwn(node, segment))
          return fallback;
        const mark = this.marks.get(node)?.get(segment);
        if (!mark)
          return void 0;
        fallback = this.at(mark.value);
        node = node[segment];
        valueOffset = mark.value;
      } else {
        return fallback;
      }
    }
    return this.at(valueOffset);
  }
  /** Line and column of an offset; the index of line starts is built on the first call. */
  at(offset) {
    this.lines ??= new LineIndex(this.src);
    return this.lines.position(offset);
  }
};

// dist/register/check-file.js
var SPLIT_MESSAGES = {
  "frontmatter-missing": "Het bestand begint niet met frontmatter. De eerste regel moet precies --- zijn, gevolgd door de velden en weer een regel ---.",
  "frontmatter-unclosed": "De frontmatter wordt niet afgesloten. Zet na de velden een regel met alleen ---, en daaronder de omschrijving.",
  "frontmatter-fence": "De regel die de frontmatter afsluit moet precies --- zijn."
};
function openComplaint(file, bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, problem: finding(file, decoded.position, "error", decoded.rule, null, decoded.message) };
  }
  if (decoded.text.trim() === "") {
    return { ok: false, problem: finding(file, FILE_START, "error", "file-empty", null, "Het bestand is leeg. Een klachtbestand begint met frontmatter tussen twee regels ---, met daaronder de omschrijving.") };
  }
  const split = splitFrontmatter(decoded.text);
  if (split.kind === "split")
    return { ok: true, split };
  const message = split.rule === "frontmatter-language" ? `Alleen YAML-frontmatter is toegestaan${split.detail && isSafeToEcho(split.detail) ? ` (hier: '${split.detail}')` : ""}. Maak van de eerste regel precies ---. Deze frontmatter is niet gelezen en niet uitgevoerd.` : SPLIT_MESSAGES[split.rule];
  return { ok: false, problem: finding(file, { line: split.line, column: split.column }, "error", split.rule, null, message) };
}
function checkComplaintBytes(file, bytes, context, options = {}) {
  const opened = openComplaint(file, bytes);
  if (!opened.ok)
    return { file, findings: [opened.problem] };
  const { split } = opened;
  const bodyPosition = { line: split.bodyLine, column: 1 };
  const fastData = options.authoritativeOnly ? void 0 : parsePlainYaml(split.matter);
  if (fastData) {
    const fast = validateComplaint(file, fastData, split.body, context);
    if (fast.issues.length === 0)
      return { file, findings: [], complaint: fast.complaint };
    const locator = plainLocator(split.matter);
    const positions2 = locator && placeAll(fast.issues, (path, target) => locator.locate(path, target), bodyPosition);
    if (positions2)
      return { file, findings: issueFindings(file, fast.issues, positions2), complaint: fast.complaint };
  }
  const slow = slowParse(split.matter);
  if (!slow.ok) {
    return { file, findings: capFindings(slow.problems.map((p) => finding(file, p.position, "error", p.rule, null, p.message))) };
  }
  const { issues, complaint } = validateComplaint(file, slow.data, split.body, context);
  const positions = issues.map((issue) => placeOf(issue, (path, target) => slow.locator.locate(path, target), bodyPosition));
  return { file, findings: issueFindings(file, issues, positions), complaint };
}
var NOT_READ = /* @__PURE__ */ new Set(["file-too-large", "file-binary", "file-encoding", "file-empty"]);
function notReadFinding(findings) {
  return findings.find((f) => NOT_READ.has(f.rule));
}
function whyNotRead(findings) {
  return notReadFinding(findings)?.message ?? "de frontmatter is niet te lezen; herstel eerst de fouten (klacht valideer).";
}
var MAX_FINDINGS_PER_FILE = 100;
function capFindings(findings) {
  if (findings.length <= MAX_FINDINGS_PER_FILE)
    return findings;
  const sorted = sortFindings(findings);
  const rest = sorted.slice(MAX_FINDINGS_PER_FILE);
  const errors = rest.filter((f) => f.severity === "error").length;
  return [...sorted.slice(0, MAX_FINDINGS_PER_FILE), countedRest(rest[0].file, rest[0], errors, rest.length - errors)];
}
function issueFindings(file, issues, positions) {
  const at = (i) => positions[i];
  if (issues.length <= MAX_FINDINGS_PER_FILE)
    return issues.map((issue, i) => toFinding(file, issue, at(i)));
  const rule = (i) => issues[i].rule;
  const order = issues.map((_, i) => i).sort((a, b) => at(a).line - at(b).line || at(a).column - at(b).column || (rule(a) < rule(b) ? -1 : rule(a) > rule(b) ? 1 : 0));
  const rest = order.slice(MAX_FINDINGS_PER_FILE);
  const errors = rest.filter((i) => issues[i].severity === "error").length;
  return [...order.slice(0, MAX_FINDINGS_PER_FILE).map((i) => toFinding(file, issues[i], at(i))), countedRest(file, at(rest[0]), errors, rest.length - errors)];
}
function countedRest(file, place, errors, warnings) {
  const counted = [errors > 0 ? `${count(errors)} ${errors === 1 ? "fout" : "fouten"}` : "", warnings > 0 ? `${count(warnings)} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}` : ""].filter((part) => part !== "").join(" en ");
  const message = `Vanaf hier staan nog ${counted} in dit bestand die niet afzonderlijk worden getoond (alleen de eerste ${MAX_FINDINGS_PER_FILE} meldingen per bestand). Herstel eerst de meldingen hierboven en controleer het bestand opnieuw.`;
  return finding(file, place, errors > 0 ? "error" : "warning", "too-many-findings", null, message);
}
function count(n) {
  return n.toLocaleString("nl-NL");
}
function complaintFromBytes(file, bytes) {
  const opened = openComplaint(file, bytes);
  if (!opened.ok)
    return void 0;
  const data = parsePlainYaml(opened.split.matter) ?? (() => {
    const slow = slowParse(opened.split.matter);
    return slow.ok ? slow.data : void 0;
  })();
  return data && toComplaint(file, data, opened.split.body);
}
function locateInBytes(bytes, path, target) {
  const opened = openComplaint("", bytes);
  if (!opened.ok)
    return FILE_START;
  const plain = plainLocator(opened.split.matter)?.locate(path, target);
  if (plain)
    return plain;
  const slow = slowParse(opened.split.matter);
  return slow.ok ? slow.locator.locate(path, target) : FILE_START;
}
function placeOf(issue, locate, bodyPosition) {
  switch (issue.target) {
    case "file":
      return FILE_START;
    case "body":
      return bodyPosition;
    case "missing":
      return issue.path.length > 1 ? locate(issue.path.slice(0, -1), "key") : FILE_START;
    default:
      return locate(issue.path, issue.target);
  }
}
function toFinding(file, issue, position) {
  const field = issue.field !== void 0 ? issue.field : issue.path.length > 0 ? issue.path.join(".") : null;
  const placed = finding(file, position, issue.severity, issue.rule, field, issue.message);
  return { ...placed, ...issue.expected === void 0 ? {} : { expected: issue.expected }, ...issue.actual === void 0 ? {} : { actual: issue.actual } };
}
function placeAll(issues, locate, bodyPosition) {
  const positions = [];
  for (const issue of issues) {
    const position = placeOf(issue, locate, bodyPosition);
    if (!position)
      return void 0;
    positions.push(position);
  }
  return positions;
}
function positioned(file, issue, locator, bodyPosition) {
  return toFinding(file, issue, placeOf(issue, (path, target) => locator.locate(path, target), bodyPosition));
}

// dist/register/config.js
var import_node_path2 = __toESM(require_node_path(), 1);
function loadConfig(root) {
  let bytes;
  try {
    bytes = readBounded((0, import_node_path2.join)(root, CONFIG_FILE));
  } catch (error2) {
    if (error2.code === "ENOENT")
      return { config: DEFAULT_CONFIG, findings: [], present: false };
    throw error2;
  }
  return { ...parseConfig(bytes), present: true };
}
function parseConfig(bytes) {
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { config: DEFAULT_CONFIG, findings: [finding(CONFIG_FILE, decoded.position, "error", decoded.rule, null, decoded.message)] };
  if (decoded.text.trim() === "")
    return { config: DEFAULT_CONFIG, findings: [] };
  const plain = parsePlainYaml(decoded.text);
  if (plain) {
    const checked = checkConfigData(plain);
    if (checked.issues.length === 0)
      return { config: checked.config, findings: [] };
  }
  const parsed = slowParse(decoded.text);
  if (!parsed.ok) {
    return { config: DEFAULT_CONFIG, findings: [...capFindings(parsed.problems.map((p) => finding(CONFIG_FILE, p.position, "error", p.rule, null, p.message)))] };
  }
  const { config, issues } = checkConfigData(parsed.data);
  const findings = [...capFindings(issues.map((issue) => positioned(CONFIG_FILE, issue, parsed.locator, { line: 1, column: 1 })))];
  return { config, findings };
}
function checkConfigData(raw) {
  const issues = schemaIssuesForConfig(raw);
  const rejected = new Set(issues.map((issue) => issue.path[0]));
  const data = Object.fromEntries(Object.entries(raw).filter(([key]) => !rejected.has(key)));
  const config = toConfig(data);
  issues.push(...resolveProcedure(config.procedure, config.termOverrides).issues);
  return { config, issues };
}
function people(value) {
  return Array.isArray(value) ? value : [];
}
function toConfig(data) {
  const organisation = data.organisatie ?? DEFAULT_CONFIG.organisation;
  return {
    organisation: { ...DEFAULT_CONFIG.organisation, ...organisation },
    procedure: data.procedure ?? DEFAULT_CONFIG.procedure,
    termOverrides: data.termijnen ?? {},
    warningDays: data.waarschuwing_dagen ?? DEFAULT_CONFIG.warningDays,
    retentionMonths: data.bewaartermijn_maanden ?? DEFAULT_CONFIG.retentionMonths,
    extraHolidays: Array.isArray(data.vrije_dagen) ? data.vrije_dagen.map(parseCalendarDate).filter((d) => d !== void 0) : [],
    backdatingDays: data.terugdatering_dagen ?? DEFAULT_CONFIG.backdatingDays,
    management: people(data.directie),
    staff: people(data.medewerkers),
    categories: Array.isArray(data.categorieen) ? data.categorieen : []
  };
}

export {
  FILE_START,
  finding,
  sortFindings,
  hasErrors,
  MAX_FILE_BYTES,
  readBounded,
  complaintFilesAsTheyAre,
  readTextFile,
  computeTerm,
  responseRule,
  extensionLedger,
  complaintSchema,
  duplicateIdIssues,
  validationContext,
  splitFrontmatter,
  yamlLib,
  MAX_ALIASES,
  readYamlDocument,
  parsePlainYaml,
  checkComplaintBytes,
  notReadFinding,
  whyNotRead,
  capFindings,
  complaintFromBytes,
  locateInBytes,
  loadConfig,
  parseConfig
};
