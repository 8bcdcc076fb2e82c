/** Longest piece of user input or server text echoed in a message: enough to recognise it, never megabytes. */
export const MAX_ECHO = 300;

/** `text` cut to `max` characters, saying how much was left out. */
export function clip(text: string, max = MAX_ECHO): string {
	return text.length <= max ? text : `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en-US')} more characters)`;
}

/** A value as it is shown in a message: JSON, cut. */
export const shown = (value: unknown, max = 80): string => clip(JSON.stringify(value) ?? String(value), max);
