import { defineConfig } from 'html-validate';

export default defineConfig({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro's formatting of the built pages, not authored markup.
		'no-trailing-whitespace': 'off',
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		'long-title': 'off',
		// The timeline and embed-builder forms apply each change at once and are never submitted.
		'wcag/h32': 'off',
		// A group of checkboxes shares one name by design (kind=pardon&kind=exchange).
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// The search's results are the listbox of an editable combobox (ARIA 1.2), which a native <select> cannot be.
		'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
	},
});
