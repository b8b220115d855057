/**
 * The words of the page in one script (ScriptText), loaded when a reader first shows that
 * script: the page arrives in Traditional, and the bundle carries no chapter text, so a
 * reader who never switches never downloads the Simplified copy. Each script is a chunk
 * of its own (`virtual:story-text/<script>`, see src/build/node/story-plugin.ts).
 */
import type { Script, ScriptText } from '../../shared/model.ts';
import { ui } from '../../shared/ui-strings.ts';

const loads = new Map<Script, Promise<ScriptText>>();

/** The page's words in `script`; one request per script, tried again after a failure. */
export function loadScriptText(script: Script): Promise<ScriptText> {
  let load = loads.get(script);
  if (!load) {
    // Two literal imports, so the bundler makes each script a chunk of its own.
    load = (
      script === 'hans' ? import('virtual:story-text/hans') : import('virtual:story-text/hant')
    ).then((module) => module.default);
    load.catch(() => loads.delete(script));
    loads.set(script, load);
  }
  return load;
}

const noticeClass = 'script-unavailable';

/** Say, at the top of the text, that the other script did not load; the page stays as it is. */
export function showScriptLoadFailed(article: HTMLElement | null, script: Script): void {
  if (!article || article.querySelector(`.${noticeClass}`)) return;
  const line = document.createElement('p');
  line.className = noticeClass;
  line.setAttribute('role', 'status');
  line.dataset.ui = 'scriptLoadFailed'; // follows a later switch, like every [data-ui] string
  line.textContent = ui('scriptLoadFailed', script);
  article.prepend(line);
}

/** The switch worked: a notice from an earlier failure goes. */
export function clearScriptLoadFailed(): void {
  document.querySelector(`.${noticeClass}`)?.remove();
}
