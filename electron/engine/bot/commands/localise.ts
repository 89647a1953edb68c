/**
 * The commands' words as Discord registers them: each name, description, option and choice in
 * English (the default) with its German and Indonesian in `name_localizations` and
 * `description_localizations`, keyed by Discord's locale codes (shared/i18n/languages.ts
 * DISCORD_LOCALES; discord-api-docs docs/interactions/Application_Commands.md, "Localization").
 * Discord shows a member the names of their locale and sends back the default ones, so the
 * dispatcher reads only English names. The ids follow the command's and its options' names:
 * `bot.cmd.<command>[.<option>...].name` and `.description`, a choice's `.<value>`.
 */
import type { APIApplicationCommandOption } from 'discord-api-types/v10';

import { en } from '../../../../shared/i18n/catalogues/en';
import { DISCORD_LOCALES, type Language } from '../../../../shared/i18n/languages';
import type { MessageId, MessageValues, Translator } from '../../../../shared/i18n/translator';
import { english, translator } from '../../../../shared/i18n/translators';
import type { Command, OptionSpec } from './define';

/** The languages a command is localised into, besides its English default. */
const LOCALISED: readonly Language[] = ['de', 'id'];

/** A command's (or an option's, a choice's) message: `path` joined, `part` last; a missing one throws. */
function idOf(path: readonly string[], part: string): MessageId {
  const id = ['bot.cmd', ...path, part].join('.');
  if (!Object.hasOwn(en, id)) throw new Error(`no catalogue message ${id} for a command`);
  return id as MessageId;
}

/** A command's or an option's name in a language: `/verlauf` for a German member. */
export const commandName = (words: Translator, ...path: string[]): string => words.t(idOf(path, 'name'));

/** A command's description in a language, as /help lists it. */
export const commandDescription = (words: Translator, name: string): string => words.t(idOf([name], 'description'));

/** The English text and its localisations of one message. */
function localised(id: MessageId, values?: MessageValues): { text: string; localizations: Record<string, string> } {
  const localizations: Record<string, string> = {};
  for (const language of LOCALISED)
    for (const locale of DISCORD_LOCALES[language]) localizations[locale] = translator(language).t(id, values);
  return { text: english.t(id, values), localizations };
}

/**
 * A command's or an option's name and its localisations. Its English is the name the code reads
 * (Discord sends it back whatever the member's language), so the two must be one.
 */
function nameOf(path: readonly string[]): { text: string; localizations: Record<string, string> } {
  const name = localised(idOf(path, 'name'));
  const code = path.at(-1);
  if (name.text !== code) throw new Error(`the English name of ${path.join(' ')} is "${name.text}", not "${code}"`);
  return name;
}

function option(o: OptionSpec, path: readonly string[]): APIApplicationCommandOption {
  const at = [...path, o.name];
  const name = nameOf(at);
  const description = localised(idOf(at, 'description'), o.descriptionValues);
  const { options, choices, descriptionValues: _values, ...rest } = o;
  return {
    ...rest,
    name: name.text,
    name_localizations: name.localizations,
    description: description.text,
    description_localizations: description.localizations,
    ...(options ? { options: options.map((sub) => option(sub, at)) } : {}),
    ...(choices
      ? {
          choices: choices.map((c) => {
            const words = localised(idOf(at, c.value));
            return { name: words.text, name_localizations: words.localizations, value: c.value };
          }),
        }
      : {}),
  } as APIApplicationCommandOption;
}

/** One command's words as registration sends them. */
export function commandWords(c: Command) {
  const name = nameOf([c.name]);
  const description = localised(idOf([c.name], 'description'));
  return {
    name: name.text,
    name_localizations: name.localizations,
    description: description.text,
    description_localizations: description.localizations,
    options: c.options.map((o) => option(o, [c.name])),
  };
}
