/**
 * The components that content MDX may use: the allow-list the safety rules enforce, the props
 * the components take, and the text of the editors' reference. Add a component here and in
 * `src/components/content/` together; a test fails when the two differ.
 */

/** What a prop's text must look like. */
export type PropKind = 'text' | 'url' | 'slug';

/** One attribute a content component accepts; its value is always text in quotes. */
export interface ComponentProp {
	required: boolean;
	kind: PropKind;
	description: string;
	example: string;
}

/** A component editors may write in an event's text. */
export interface ContentComponent {
	description: string;
	/** A complete usage, as an editor would write it. */
	usage: string;
	props: Readonly<Record<string, ComponentProp>>;
}

/** The allow-list: every JSX tag in content must be one of these, with only these props. */
export const CONTENT_COMPONENTS = {
	Quote: {
		description: 'A quotation, with who said or wrote it and, optionally, where it was published.',
		usage:
			'<Quote by="Name of the speaker" source="https://example.org/article">The exact words, as published.</Quote>',
		props: {
			by: { required: true, kind: 'text', description: 'Who said or wrote the words.', example: 'Viasna' },
			source: {
				required: false,
				kind: 'url',
				description: 'The https:// address where the words were published.',
				example: 'https://spring96.org/en/news/117138',
			},
		},
	},
	Aside: {
		description: 'A note set apart from the text: background, or a caveat about the sources.',
		usage:
			'<Aside title="About the count">Two sources give different figures; both are listed under Disputed points.</Aside>',
		props: {
			title: {
				required: false,
				kind: 'text',
				description: 'A few words shown above the note.',
				example: 'About the count',
			},
		},
	},
	PersonLink: {
		description: "A link to a person's page, showing their usual name, or the text you put between the tags.",
		usage: '<PersonLink id="ales-bialiatski" /> or <PersonLink id="ales-bialiatski">Bialiatski</PersonLink>',
		props: {
			id: {
				required: true,
				kind: 'slug',
				description: 'The file name of the person in content/people, without .yaml.',
				example: 'ales-bialiatski',
			},
		},
	},
	Cite: {
		description: 'A numbered citation mark after a claim, pointing at one of the sources the entry lists.',
		usage: 'Viasna counted 40 political prisoners among them.<Cite source="article-19" />',
		props: {
			source: {
				required: true,
				kind: 'slug',
				description: 'The id of a source listed under sources in the frontmatter.',
				example: 'article-19',
			},
		},
	},
} as const satisfies Record<string, ContentComponent>;

/** The name of an allowed content component. */
export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

type PropsOf<N extends ContentComponentName> = (typeof CONTENT_COMPONENTS)[N]['props'];
type RequiredKeys<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];

/** The props an Astro content component receives, derived from the allow-list so the two cannot drift. */
export type ContentComponentProps<N extends ContentComponentName> = { [K in RequiredKeys<PropsOf<N>>]: string } & {
	[K in Exclude<keyof PropsOf<N>, RequiredKeys<PropsOf<N>>>]?: string | undefined;
};

/** Tell whether a JSX tag name is an allowed content component. */
export function isContentComponent(name: string): name is ContentComponentName {
	return Object.hasOwn(CONTENT_COMPONENTS, name);
}
