// Follow-up actions as Discord components: up to ten buttons in rows of five, or select menus
// when there are more. Every custom id carries its whole state (encodeAction), so clicks still work
// after a restart; ids of select menus only name the menu, the chosen value is the action.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { decodeAction, encodeAction } from '../core/actions.ts';
import type { ReplyAction } from '../core/reply.ts';
import { clipText } from '../core/text/clip.ts';
import { plainText } from './escape.ts';

/** An action row as sent to Discord. */
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

const maxButtonsInRow = 5;
/** Up to this many follow-ups are buttons (two rows); more become select menus. */
const maxButtons = 10;
const maxRows = 5;
const maxOptions = 25;
const menuPrefix = 'summit-menu:';

/** Action rows for `actions`; `dropped` lists actions that could not be encoded or did not fit. */
export function actionRows(actions: ReplyAction[] = []): { rows: ActionRow[]; dropped: ReplyAction[] } {
  const seen = new Set<string>();
  const usable: { id: string; action: ReplyAction }[] = [];
  const dropped: ReplyAction[] = [];
  for (const action of actions) {
    const id = encodeAction(action);
    if (id === null) dropped.push(action);
    else if (!seen.has(id)) {
      seen.add(id);
      usable.push({ id, action });
    }
  }
  if (usable.length === 0) return { rows: [], dropped };
  if (usable.length <= maxButtons) {
    const buttons = usable.map(({ id, action }) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      custom_id: id,
      label: clipText(plainText(action.label), 80),
    }));
    const rows: ActionRow[] = [];
    for (let at = 0; at < buttons.length; at += maxButtonsInRow) {
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(at, at + maxButtonsInRow) });
    }
    return { rows, dropped };
  }
  const rows: ActionRow[] = [];
  for (let at = 0; at < usable.length; at += maxOptions) {
    const chunk = usable.slice(at, at + maxOptions);
    if (rows.length === maxRows) {
      for (const u of usable.slice(at)) dropped.push(u.action);
      break;
    }
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: `${menuPrefix}${rows.length}`,
          placeholder: usable.length > maxOptions ? `Open… (${at + 1}-${at + chunk.length})` : 'Open…',
          options: chunk.map(({ id, action }) => ({
            label: clipText(plainText(action.label), 100),
            value: id,
          })),
        },
      ],
    });
  }
  return { rows, dropped };
}

/** The action behind a click: the button's custom id, or the chosen value of one of our menus. */
export function actionOfComponent(
  customId: string,
  values: readonly string[] = [],
): ReturnType<typeof decodeAction> {
  if (customId.startsWith(menuPrefix)) return values[0] === undefined ? null : decodeAction(values[0]);
  return decodeAction(customId);
}
