/// <reference types="vite/client" />

declare module 'virtual:story' {
  import type { Story } from './story/model';
  const story: Story;
  export default story;
}
