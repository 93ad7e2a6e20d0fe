import type { ContentComponentName } from '../../lib/mdx-safety/components';
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import PersonLink from './PersonLink.astro';
import Quote from './Quote.astro';

/** The components an event's MDX may use, by the names on the allow-list; pass to `<Content components>`. */
export const contentComponents = { Quote, Aside, PersonLink, Cite } satisfies Record<ContentComponentName, unknown>;
