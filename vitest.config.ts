/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Dates must not depend on the machine's zone: run every test in one with daylight saving.
process.env['TZ'] = 'America/Los_Angeles';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
