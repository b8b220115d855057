/**
 * PMTiles basemaps: the `pmtiles://` protocol (npm `pmtiles`, loaded only with a basemap
 * that needs it), and the layers drawn from a bare archive (`BASEMAP=pmtiles://…`): raster
 * tiles as one raster layer; vector tiles as quiet grey lines and fills per source layer,
 * since a bare archive brings no style of its own.
 */
import type { AddProtocolAction, LayerSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, TileType } from 'pmtiles';
import { basemapPrefix, type BasemapAdditions } from './basemap-style.ts';
import { theme } from '../../shared/theme.ts';

/** MapLibre's `addProtocol`, passed in so this module can be tested without a map. */
type AddProtocol = (scheme: string, handler: AddProtocolAction) => void;

let protocol: Protocol | undefined;

/** Registers `pmtiles://` with MapLibre once; returns the protocol (it caches the archives). */
export function registerPmtiles(addProtocol: AddProtocol): Protocol {
  if (!protocol) {
    // `metadata`: the archive's attribution reaches MapLibre's attribution control.
    protocol = new Protocol({ metadata: true });
    // pmtiles types its TileJSON answer as `unknown`; it is the JSON MapLibre asks for.
    addProtocol('pmtiles', protocol.tilev4 as AddProtocolAction);
  }
  return protocol;
}

const sourceId = `${basemapPrefix}archive`;

/** Generic vector layers: every source layer's areas, then its lines, in muted greys. */
function vectorLayers(sourceLayers: readonly string[]): LayerSpecification[] {
  const fills = sourceLayers.map((layer): LayerSpecification => ({
    id: `${basemapPrefix}${layer}-fill`,
    type: 'fill',
    source: sourceId,
    'source-layer': layer,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#dedad2', 'fill-opacity': 0.5 },
  }));
  const lines = sourceLayers.map((layer): LayerSpecification => ({
    id: `${basemapPrefix}${layer}-line`,
    type: 'line',
    source: sourceId,
    'source-layer': layer,
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#b8b2a6', 'line-width': 0.8 },
  }));
  return [
    {
      id: `${basemapPrefix}paper`,
      type: 'background',
      paint: { 'background-color': theme.background },
    },
    ...fills,
    ...lines,
  ];
}

/** The source and layers for an archive of `tileType` with these vector source layers. @internal */
export function archiveLayers(
  url: string,
  tileType: TileType,
  sourceLayers: readonly string[],
): BasemapAdditions {
  const tiles = `pmtiles://${url}`;
  if (tileType === TileType.Mvt) {
    if (sourceLayers.length === 0) throw new Error(`${url}: vector archive lists no layers`);
    return {
      sources: { [sourceId]: { type: 'vector', url: tiles } },
      layers: vectorLayers(sourceLayers),
    };
  }
  if ([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif].includes(tileType)) {
    return {
      sources: { [sourceId]: { type: 'raster', url: tiles, tileSize: 256 } },
      layers: [{ id: `${basemapPrefix}raster`, type: 'raster', source: sourceId }],
    };
  }
  throw new Error(`${url}: tile type ${tileType} cannot be drawn — use PNG, JPEG, WebP or MVT`);
}

function vectorLayerIds(metadata: unknown): string[] {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers.flatMap((l: unknown) => {
    const id = (l as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

/**
 * What a bare archive adds: its header says the tile type, its metadata the vector layers.
 * The archive is read through the registered protocol's cache (`registerPmtiles` first).
 */
export async function archiveAdditions(
  url: string,
  archive: PMTiles = new PMTiles(url),
): Promise<BasemapAdditions> {
  protocol?.add(archive);
  const header = await archive.getHeader();
  const sourceLayers =
    header.tileType === TileType.Mvt ? vectorLayerIds(await archive.getMetadata()) : [];
  return archiveLayers(url, header.tileType, sourceLayers);
}
