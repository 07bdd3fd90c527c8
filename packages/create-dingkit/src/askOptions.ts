import { createInterface } from 'node:readline';
import type { CliMessages } from './messages';
import { isTemplate, type Template, templates } from './templates';

/** Thrown when the input ends before the questions are answered (Ctrl+D). */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** What {@link askOptions} asks for, with what the command line already gave. */
export interface Answers {
  folder: string | undefined;
  template: Template | undefined;
}

/**
 * Asks in the terminal for what the command line left out: the folder (Enter takes
 * `defaultFolder`) and the template (by number or name; Enter takes the first).
 */
export async function askOptions(
  given: Answers,
  defaultFolder: string,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
  text: CliMessages,
): Promise<{ folder: string; template: Template }> {
  // Line by line as the terminal echoes them; Ctrl+C ends the process before anything is written.
  const lines = createInterface({ input: io.input, output: io.output, terminal: false });
  const queue: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;
  // Lines typed ahead (or piped in at once) wait in the queue for their question.
  const deliver = (line: string | undefined) => {
    const answer = waiting;
    waiting = undefined;
    if (answer) answer(line);
    else if (line !== undefined) queue.push(line);
  };
  lines.on('line', deliver);
  lines.on('close', () => {
    closed = true;
    deliver(undefined);
  });

  const ask = async (question: string): Promise<string> => {
    io.output.write(question);
    const line =
      queue.shift() ??
      (closed ? undefined : await new Promise<string | undefined>((resolve) => (waiting = resolve)));
    if (line === undefined) throw new CancelledError(text.cancelled);
    return line.trim();
  };

  try {
    const folder = given.folder ?? ((await ask(`${text.askFolder} (${defaultFolder}): `)) || defaultFolder);
    let template = given.template;
    if (template === undefined) {
      const list = templates.map(
        (name, index) => `  ${index + 1}) ${name}: ${text.templateDescriptions[name]}`,
      );
      io.output.write(`${text.askTemplate}:\n${list.join('\n')}\n`);
      while (template === undefined) {
        const answer = (await ask(`${text.askTemplate} (1): `)) || '1';
        const byNumber = templates[Number(answer) - 1];
        template = byNumber ?? (isTemplate(answer) ? answer : undefined);
        if (template === undefined) io.output.write(`${text.invalidChoice}\n`);
      }
    }
    return { folder, template };
  } finally {
    lines.close();
  }
}
