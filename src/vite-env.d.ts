/// <reference types="vite/client" />

declare module 'virtual:story' {
  import type { Story } from './story/model.ts';
  const story: Story;
  export default story;
}
