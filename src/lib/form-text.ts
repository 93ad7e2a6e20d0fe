/** Read a text field of a form; files and missing fields read as the empty string. */
export function formText(data: FormData, name: string): string {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
}
