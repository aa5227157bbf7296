/**
 * The option values are typed by the command's declaration (src/cli/args.ts, ParsedValues): an
 * option the command does not declare, or a flag read as text, does not compile. The proof is
 * `npm run typecheck`: every `@ts-expect-error` below must meet an error, so typing the values as
 * any option's (`Record<string, …>`) again makes it fail. At run time these tests only run the
 * type assertions, which do nothing; the commands are imported as types, so nothing is loaded.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { FlagOption, TextOption } from '../../src/cli/args.js';
import { defineCommand, type Command } from '../../src/cli/command.js';
import type { CommandContext } from '../../src/cli/context.js';
import type { anonimiseer } from '../../src/cli/commands/anonimiseer.js';
import type { init } from '../../src/cli/commands/init.js';
import type { register } from '../../src/cli/commands/register.js';
import type { termijnen } from '../../src/cli/commands/termijnen.js';
import type { valideer } from '../../src/cli/commands/valideer.js';
import type { GitHubContext } from '../../src/cli/github.js';
import type { appendJobSummary } from '../../src/cli/job-summary.js';
import type { stepCommand } from '../../src/cli/steps/command.js';

/** The values a command's `run` reads. */
type ValuesOf<C> = C extends Command<infer S> ? CommandContext<S>['values'] : never;

describe('option values typed by the command that declares them', () => {
  it('gives a flag as boolean, a text as string, an option given more than once as string[]', () => {
    expectTypeOf<ValuesOf<typeof anonimiseer>['geschiedenis']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ValuesOf<typeof anonimiseer>['dry-run']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ValuesOf<typeof valideer>['api-url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ValuesOf<typeof init>['directie']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ValuesOf<typeof init>['organisatie']>().toEqualTypeOf<string | undefined>();
    // The global options, with every command.
    expectTypeOf<ValuesOf<typeof register>['vandaag']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ValuesOf<typeof register>['json']>().toEqualTypeOf<boolean | undefined>();
  });

  it('does not compile an option the command does not declare', () => {
    // Each assertion holds of any type: the error is the name alone.
    // @ts-expect-error: klacht anonimiseer has no --bestaatniet.
    expectTypeOf<ValuesOf<typeof anonimiseer>['bestaatniet']>().not.toBeNever();
    // @ts-expect-error: --dry-run is meldingen's and anonimiseer's, not register's.
    expectTypeOf<ValuesOf<typeof register>['dry-run']>().not.toBeNever();
  });

  it('types a command declared inline, in its run', () => {
    const command = defineCommand({
      spec: {
        name: 'voorbeeld', summary: 'een voorbeeld', description: 'Een voorbeeld.', examples: [],
        options: {
          geschiedenis: { type: 'boolean', description: 'Ook de geschiedenis.' },
          uit: { type: 'string', valueName: 'map', description: 'Een map.' },
          naam: { type: 'string', multiple: true, description: 'Een naam; herhaal voor meer.' },
        },
      },
      async run(context) {
        expectTypeOf(context.values.geschiedenis).toEqualTypeOf<boolean | undefined>();
        expectTypeOf(context.values.uit).toEqualTypeOf<string | undefined>();
        expectTypeOf(context.values.naam).toEqualTypeOf<string[] | undefined>();
        // @ts-expect-error: not declared.
        expectTypeOf(context.values.bestaatniet).not.toBeNever();
        // @ts-expect-error: a flag has no text.
        const text: string | undefined = context.values.geschiedenis;
        // @ts-expect-error: an option given more than once is a list, not one text.
        expectTypeOf(context.values.naam?.trim()).toBeString();
        return text === undefined ? 0 : 1;
      },
    });
    expectTypeOf(command).toExtend<Command>();
  });

  it('lets a helper that reads an option take only the context of a command that declares it', () => {
    // --samenvatting: termijnen declares it, register does not.
    expectTypeOf<CommandContext<ValuesOfSpec<typeof termijnen>>>().toExtend<Parameters<typeof appendJobSummary>[0]>();
    // @ts-expect-error: register has no --samenvatting.
    expectTypeOf<CommandContext<ValuesOfSpec<typeof register>>>().toExtend<Parameters<typeof appendJobSummary>[0]>();
    // GitHub's options where the command has them; one that declares --repo as a flag does not compile.
    expectTypeOf<CommandContext<ValuesOfSpec<typeof valideer>>>().toExtend<GitHubContext>();
    // @ts-expect-error: --repo is the repository's name, not a flag.
    expectTypeOf<CommandContext<{ readonly repo: FlagOption }>>().toExtend<GitHubContext>();
    expectTypeOf<CommandContext<{ readonly repo: TextOption }>>().toExtend<GitHubContext>();
  });

  it('reads a step command\'s fields by name (known when it runs) and its --dry-run as a flag', () => {
    type StepValues = ValuesOf<ReturnType<typeof stepCommand>>;
    expectTypeOf<StepValues['dry-run']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<StepValues['reden']>().toEqualTypeOf<string | boolean | string[] | undefined>();
  });
});

/** The option declarations of a command. */
type ValuesOfSpec<C> = C extends Command<infer S> ? S : never;
