/** klacht nieuw: a new complaint file with the next free number, status 'ontvangen'. */
import { complaintPath } from '../../core/complaint/layout.js';
import { parseCalendarDate, type CalendarDate } from '../../core/time/calendar-date.js';
import { idYear } from '../../core/complaint/complaint.js';
import { COMPLAINANT_ROLES as ROLES, INTAKE_CHANNELS as CHANNELS } from '../../core/complaint/schema-vocabulary.js';
import { nextFreeId } from '../../core/complaint/next-id.js';
import { formatDateDutch } from '../../core/text/dutch.js';
import { hasErrors } from '../../core/complaint/finding.js';
import { idsOnAllBranches } from '../../git/complaint-ids.js';
import { openRepository } from '../../git/repository.js';
import { checkComplaintBytes } from '../../register/check-file.js';
import { idsInWorkingTree, renderNewComplaint, startDefaultConfig, writeNewComplaint, type NewComplaint } from '../../register/new-complaint.js';
import { withWriteLock } from '../../register/write-lock.js';
import { CONFIG_FILE } from '../../core/complaint/layout.js';
import { loadConfig } from '../../register/config.js';
import { validationContext } from '../../core/complaint/validate.js';
import type { Command } from '../command.js';
import { printJson, type CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatFinding } from '../output.js';
import { missingMessage } from '../steps/form-input.js';

export const nieuw: Command = {
  spec: {
    name: 'nieuw',
    startsRegister: true,
    summary: 'maakt een nieuw klachtbestand met het eerstvolgende vrije klachtnummer',
    description: [
      'Maakt complaints/<jaar>/KL-<jaar>-<nummer>.md aan met status \'ontvangen\'. Het nummer is het',
      'eerstvolgende dat op geen enkele branch (lokaal of van de server) al bestaat.',
      'Geef de gegevens met opties; in een terminal vraagt klacht wat er nog ontbreekt.',
      'Verplicht: --door, --wijze, --naam en --omschrijving. De rest kan later, bij de registratie.',
      'In een lege map begint klacht nieuw een register, met een klachtenregister.yml met de standaardinstellingen.',
      'Twee keer klacht nieuw tegelijk in één register: de tweede wacht even en krijgt het volgende nummer.',
    ].join('\n'),
    options: {
      ontvangen: { type: 'string', valueName: 'JJJJ-MM-DD', description: 'Dag waarop de klacht binnenkwam (standaard: vandaag).' },
      door: { type: 'string', valueName: 'naam', description: 'Wie de klacht aannam.' },
      wijze: { type: 'string', valueName: 'wijze', description: `Hoe de klacht binnenkwam: ${CHANNELS.join(', ')}.` },
      ingediend: { type: 'string', valueName: 'JJJJ-MM-DD', description: 'Indiendatum (standaard: de ontvangstdatum).' },
      naam: { type: 'string', valueName: 'naam', description: 'Naam van de indiener.' },
      adres: { type: 'string', valueName: 'adres', description: 'Straat en huisnummer van de indiener.' },
      postcode: { type: 'string', valueName: 'postcode', description: 'Postcode van de indiener.' },
      woonplaats: { type: 'string', valueName: 'plaats', description: 'Woonplaats van de indiener.' },
      email: { type: 'string', valueName: 'adres', description: 'E-mailadres van de indiener.' },
      telefoon: { type: 'string', valueName: 'nummer', description: 'Telefoonnummer van de indiener.' },
      rol: { type: 'string', valueName: 'rol', description: `Rol van de indiener: ${ROLES.join(', ')}.` },
      klachtverantwoordelijke: { type: 'string', valueName: 'naam', description: 'Wie verantwoordelijk is voor de klacht.' },
      categorie: { type: 'string', valueName: 'categorie', description: 'Categorie (zie klachtenregister.yml).' },
      complex: { type: 'boolean', description: 'Een complexe klacht (reactie binnen een maand).' },
      'niet-complex': { type: 'boolean', description: 'Een eenvoudige klacht (reactie per omgaande).' },
      omschrijving: { type: 'string', valueName: 'tekst', description: 'De omschrijving van de klacht.' },
    },
    examples: [
      'klacht nieuw',
      'klacht nieuw --door "Anna de Vries" --wijze mondeling --naam "J. Jansen" --omschrijving "De coach kwam twee keer niet opdagen."',
    ],
  },
  async run(context) {
    const answers = await collectAnswers(context);
    const year = Number(answers.submitted.slice(0, 4));
    const git = await openRepository(context.root);
    const onBranches = git ? await idsOnAllBranches(git, year) : new Set<string>();
    // In an empty folder the register starts here: with a configuration, so that later commands
    // know the defaults were meant (a register without one is refused, see register/folder.ts).
    if (startDefaultConfig(context.root)) context.io.stderr(`${CONFIG_FILE} aangemaakt met de standaardinstellingen (procedure liberi).\n`);
    const { config } = loadConfig(context.root);
    const validation = validationContext(config, context.today);

    // The number is chosen and the file written under the register's lock: another klacht nieuw
    // waits for it, so that twenty at once all get a number of their own.
    const { id, file } = withWriteLock(context.root, () => {
      const known = new Set([...onBranches, ...idsInWorkingTree(context.root, year)]);
      for (;;) {
        const id = nextFreeId(year, known);
        const file = complaintPath(id, idYear(id) ?? year);
        const text = renderNewComplaint({ ...answers, id });
        const check = checkComplaintBytes(file, Buffer.from(text, 'utf8'), validation);
        if (hasErrors(check.findings)) {
          const lines = check.findings.filter((f) => f.severity === 'error').map((f) => `  ${formatFinding(f, context)}`);
          throw new UsageError(`De nieuwe klacht zou niet geldig zijn:\n${lines.join('\n')}`, 'nieuw');
        }
        try {
          writeNewComplaint(context.root, file, text);
          return { id, file };
        } catch (error) {
          // Made by something other than klacht (an editor, a checkout): the next number.
          if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
          known.add(id);
        }
      }
    }, (message) => context.io.stderr(`${message}\n`));
    if (context.json) {
      printJson(context, { id, file });
    } else {
      context.io.stdout(`Klacht ${id} aangemaakt: ${file} (status ontvangen).\n`);
      context.io.stdout(`Ontvangen op ${formatDateDutch(answers.receivedOn)}. Volgende stap: registreer de klacht binnen de registratietermijn\n`
        + `met klacht registreer ${id} (NAW-gegevens, rol, complex, klachtverantwoordelijke en het directielid dat tekent),\n`
        + `en open een pull request.\n`);
    }
    return 0;
  },
};

type Answers = Omit<NewComplaint, 'id'>;

function stringValue(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function dateOption(context: CommandContext, name: string): CalendarDate | undefined {
  const value = stringValue(context, name);
  if (value === undefined) return undefined;
  const date = parseCalendarDate(value);
  // Never the value itself: from a form it lands in the run's log, and it may be a name typed in the wrong field.
  if (!date) throw new UsageError(`--${name} moet een bestaande datum zijn in de vorm JJJJ-MM-DD.`, 'nieuw');
  return date;
}

function choiceOption<T extends string>(context: CommandContext, name: string, allowed: readonly T[]): T | undefined {
  const value = stringValue(context, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} moet een van deze zijn: ${allowed.join(', ')}.`, 'nieuw');
  return value as T;
}

async function collectAnswers(context: CommandContext): Promise<Answers> {
  if (context.values.complex === true && context.values['niet-complex'] === true) {
    throw new UsageError('Kies --complex of --niet-complex, niet allebei.', 'nieuw');
  }
  const interactive = context.io.stdinIsTty && !context.json;
  // Loaded only when someone is asked something: it is the heaviest module of the program.
  const { input, select } = interactive ? await import('@inquirer/prompts') : { input: undefined, select: undefined };
  const promptContext = { input: context.io.input, output: context.io.output, clearPromptOnDone: false };
  const ask = async (name: string, message: string): Promise<string | undefined> => {
    const given = stringValue(context, name);
    if (given !== undefined || !input) return given;
    return (await input({ message, validate: (v) => v.trim() !== '' || 'Dit veld is verplicht.' }, promptContext)).trim();
  };
  const receivedOn = dateOption(context, 'ontvangen') ?? context.today;
  const receivedBy = await ask('door', 'Wie nam de klacht aan?');
  let channel = choiceOption(context, 'wijze', CHANNELS);
  if (channel === undefined && select) {
    channel = await select({ message: 'Hoe kwam de klacht binnen?', choices: CHANNELS.map((value) => ({ value })) }, promptContext);
  }
  const name = await ask('naam', 'Naam van de indiener:');
  const description = await ask('omschrijving', 'Omschrijving van de klacht (één regel; later uit te breiden in het bestand):');

  const missing = [
    receivedBy === undefined && '--door', channel === undefined && '--wijze', name === undefined && '--naam', description === undefined && '--omschrijving',
  ].filter((x): x is string => typeof x === 'string');
  if (missing.length > 0 || receivedBy === undefined || channel === undefined || name === undefined || description === undefined) {
    throw new UsageError(missingMessage(context.values.formulier === true, 'nieuw', missing), 'nieuw');
  }
  return {
    receivedOn,
    receivedBy,
    channel,
    submitted: dateOption(context, 'ingediend') ?? receivedOn,
    complainant: {
      name,
      address: stringValue(context, 'adres'),
      postcode: stringValue(context, 'postcode'),
      city: stringValue(context, 'woonplaats'),
      email: stringValue(context, 'email'),
      phone: stringValue(context, 'telefoon'),
      role: choiceOption(context, 'rol', ROLES),
    },
    responsible: stringValue(context, 'klachtverantwoordelijke'),
    category: stringValue(context, 'categorie'),
    complex: context.values.complex === true ? true : context.values['niet-complex'] === true ? false : undefined,
    description,
  };
}
