/**
 * How the build reads the YAML files of content/ (the route finder; the glossary goes through
 * Astro's own file() loader, which does the same): js-yaml's `load`, exactly as Astro's loaders
 * and its frontmatter reader do. The checker reads with js-yaml too, and refuses what could be
 * read two ways (merge keys, tags, directives, aliases); a property test holds the two readings
 * to one answer (test/unit/yaml-agreement.test.ts).
 */
import { load } from 'js-yaml';

/** The data of a YAML file, as Astro's file() loader reads a .yaml file. */
export const readYaml = (text: string): unknown => load(text);
