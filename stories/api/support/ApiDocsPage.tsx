import {
  ArgTypes,
  Description,
  Heading,
  Markdown,
  Stories,
  Subheading,
  Title,
} from '@storybook/addon-docs/blocks';
import { type HookDoc, type HookName, hookDocs } from './hookDocs';

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
            <Markdown>{`\`${doc.api}\` — ${doc.summary}`}</Markdown>
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
