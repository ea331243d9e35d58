/**
 * The plan's structure in `plan.schema.json`: goal dimensions, industries and
 * their groups, the spatial layout, cluster kinds and counts of the structure.
 * plan.ts puts them in the plan document and its shared definitions.
 */
import { Type } from '@sinclair/typebox';
import { Id, Source, Text, orNull, ref } from './common.js';

const id = (description: string) => ref('id', Id, description);
const text = (description: string) => ref('text', Text, description);
const source = (description = 'Where the plan states it: section and verbatim quote.') =>
  ref('source', Source, description);

/** A group of the plan's industries (Qingdao's: producer and consumer services). */
export const IndustryGroup = Type.Object(
  {
    id: ref('id', Id, "The group's id, named by an industry's `group`."),
    name: ref('text', Text, "The group's name."),
    count: Type.Optional(Type.Integer({ minimum: 1, description: 'How many industries the plan names in it.' })),
    source: Type.Optional(ref('source', Source, 'Where the plan states it.')),
  },
  { additionalProperties: false, description: 'A group of industries as the plan defines it.' },
);

export const Dimension = Type.Object(
  { id: id("The dimension's id."), name: text("The dimension's name."), source: source() },
  { additionalProperties: false, description: 'A goal dimension of the plan.' },
);

export const Industry = Type.Object(
  {
    id: id("The industry's id."),
    name: text("The industry's name."),
    group: ref(
      'id',
      Id,
      "The id of its group: one of the plan's `industryGroups` (producer or consumer where it defines none).",
    ),
    source: source(),
  },
  { additionalProperties: false, description: 'An industry the plan sets targets for.' },
);

export const Place = Type.Object(
  {
    name: text("The place's name."),
    district: text('The county-level district it lies in.'),
    stated: Type.Boolean({ description: 'False where the plan does not name the district.' }),
  },
  { additionalProperties: false, description: 'A place named in the spatial layout.' },
);

export const LayoutPart = Type.Object(
  {
    id: id("The part's id."),
    name: text("The part's name."),
    count: orNull(
      Type.Integer({ minimum: 1 }),
      'The number in the layout formula (一核 = 1), null for 多点 (several).',
    ),
    places: Type.Array(ref('place', Place), { description: 'The places of this part.' }),
    source: source(),
  },
  { additionalProperties: false, description: 'One part of the spatial layout formula.' },
);

export const ClusterKind = Type.Object(
  {
    id: id("The kind's id."),
    name: text("The kind's name."),
    count: Type.Integer({ minimum: 1, description: 'How many clusters of this kind.' }),
    sectors: Type.Array(text('A sector.'), { description: 'The sectors it covers.' }),
    source: source(),
  },
  { additionalProperties: false, description: 'One kind of service cluster.' },
);

export const StructureCount = Type.Object(
  {
    id: id("The count's id."),
    name: text('What is counted.'),
    count: Type.Integer({ minimum: 1, description: 'The number.' }),
    source: source(),
  },
  { additionalProperties: false, description: "A numeric fact of the plan's structure (e.g. 九大产业)." },
);
