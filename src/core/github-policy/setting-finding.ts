/** One judged setting of `klacht instellingen`: its state, a Dutch message and where it lives in GitHub. Pure. */
import { SETTING_LABELS, SETTING_PLACES, type SettingKey } from './settings-places.js';

export type SettingState = 'ok' | 'wrong' | 'unknown';

export interface SettingFinding {
  readonly setting: SettingKey;
  readonly state: SettingState;
  readonly label: string;
  readonly message: string;
  /** Where to click in GitHub to change (or, when unknown, to look at) the setting. */
  readonly where: string;
}

export function settingFinding(setting: SettingKey, state: SettingState, message: string): SettingFinding {
  return { setting, state, label: SETTING_LABELS[setting], message, where: SETTING_PLACES[setting] };
}
