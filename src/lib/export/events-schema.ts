import { z } from 'astro/zod';
import { eventsFileSchema } from './events-json';
import { pageUrl } from './file-meta';

/** Build /data/events.schema.json, the JSON Schema of /data/events.json, from the zod schema (never by hand). */
export function eventsJsonSchema(site: URL | string): z.core.JSONSchema.JSONSchema {
	// `output`: the file holds parsed values, so defaulted fields are always present and dates are strings.
	const schema = z.toJSONSchema(eventsFileSchema, { io: 'output' });
	return { $id: pageUrl('/data/events.schema.json', site), title: 'Release Waves: events.json', ...schema };
}
