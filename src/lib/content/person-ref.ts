import type { ContentProblem } from '../validate/problems';
import { PEOPLE_DIR } from './paths';

/**
 * The one rule for a reference to a person (in an entry's `people`, or `<PersonLink id>` in its text): the id names a
 * file in content/people. The validator reports a broken one with this; the build's own checks throw its message.
 * @param suggest words that say who an unknown id probably means, e.g. `; did you mean "maria-kalesnikava"?`
 */
export function unknownPerson(
	id: string,
	known: { has(id: string): boolean },
	suggest: (id: string) => string = () => ''
): Pick<ContentProblem, 'message' | 'expected'> | undefined {
	if (known.has(id)) return undefined;
	return {
		message: `no person "${id}" in ${PEOPLE_DIR.slice(0, -1)}${suggest(id)}`,
		expected: `the name of a file in ${PEOPLE_DIR.slice(0, -1)} without .yaml (add ${PEOPLE_DIR}${id}.yaml first)`,
	};
}

/**
 * The person an id names, for pages and exports. The content guard has already refused unknown ids, so a miss here
 * means the guard was bypassed: stop the build rather than publish a dead link or a nameless person.
 */
export function personOf<T>(people: ReadonlyMap<string, T>, id: string, where: string): T {
	const person = people.get(id);
	if (person === undefined) throw new Error(`${where}: ${unknownPerson(id, new Set())?.message}`);
	return person;
}
