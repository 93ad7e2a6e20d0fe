const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for use in XML/HTML content or a quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
