import * as react from '@dingkit/react';
import {
  ArgTypes,
  Description,
  Heading,
  Markdown,
  Stories,
  Subheading,
  Title,
} from '@storybook/addon-docs/blocks';
import { apiHookRows } from '../../docs/apiHookRows';
import { composedHooks } from '../../docs/HooksTable';
import { type HookDoc, type HookName, hookDocs } from './hookDocs';
import { hookSummaries } from './hookSummaries.generated';

const actionApis = new Map(apiHookRows(react).map(({ hook, api }) => [hook, api.name]));

/** What a hook calls, as its own value says: its descriptor, or the hooks and events it uses. */
function apiOf(hook: HookName): string {
  const action = actionApis.get(hook);
  if (action) return `\`${action}\``;
  const { uses = [], events = [], note = '' } = composedHooks[hook] ?? {};
  const names = [...uses.map((used) => used.api.name), ...events].map((name) => `\`${name}\``);
  return names.length ? names.join(' + ') : note;
}

/**
 * The docs page of an API area: per hook, the API it calls, its params table and its result
 * table (both generated from the JS-API types), then every story of the area.
 */
export function ApiDocsPage({ hooks }: { hooks: HookName[] }) {
  return (
    <>
      <Title />
      <Description />
      {hooks.map((name) => {
        const doc: HookDoc = hookDocs[name];
        return (
          <section key={name}>
            <Heading>{name}</Heading>
            <Markdown>{`${apiOf(name)} — ${hookSummaries[name].en}\n\n${hookSummaries[name].zh}`}</Markdown>
            <Subheading>Params</Subheading>
            {doc.params ? (
              [doc.params, ...(doc.moreParams ?? [])].map((type) => <ArgTypes key={type.name} of={type} />)
            ) : (
              <Markdown>See the signature above.</Markdown>
            )}
            <Subheading>Result</Subheading>
            <Markdown>{doc.result}</Markdown>
            {doc.results?.map((type) => (
              <ArgTypes key={type.name} of={type} />
            ))}
          </section>
        );
      })}
      <Heading>Stories</Heading>
      <Stories title="" />
    </>
  );
}
