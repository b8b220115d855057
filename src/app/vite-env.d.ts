/// <reference types="vite/client" />

// Types by import() expression: a relative `import` statement is not allowed inside an
// ambient module declaration (skipLibCheck would hide that, leaving the module `any`).
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:story' {
  const story: import('../shared/model.ts').PageStory;
  export default story;
}

declare module 'virtual:story-text/*' {
  const text: import('../shared/model.ts').ScriptText;
  export default text;
}

/** A GeoJSON file's URL, as TopoJSON in the build (src/build/node/topojson-plugin.ts). */
declare module '*.geojson?topojson' {
  const url: string;
  export default url;
}

declare module 'virtual:locator-outline' {
  const outline: import('../shared/locator-outline.ts').LocatorOutline;
  export default outline;
}
