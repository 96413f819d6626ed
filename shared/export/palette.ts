// Team colours shared by the SVG diagram and the Mermaid flowchart, so a team
// has the same colour in both exports. Chosen to stay distinct in greyscale print.
export interface TeamColour {
  stroke: string;
  fill: string;
  text: string;
}

const TEAM_COLOURS: TeamColour[] = [
  { stroke: '#2f6fb3', fill: '#eaf2fb', text: '#1d4c80' },
  { stroke: '#2e8a5f', fill: '#e8f5ee', text: '#1e6142' },
  { stroke: '#b26a1d', fill: '#fbf1e6', text: '#7d4a12' },
  { stroke: '#7b4fb0', fill: '#f2ecfa', text: '#573782' },
  { stroke: '#b23b4e', fill: '#fbeaed', text: '#812a38' },
  { stroke: '#22808c', fill: '#e6f4f6', text: '#175a63' },
  { stroke: '#7a7d1e', fill: '#f4f5e2', text: '#56581a' },
  { stroke: '#9c4f86', fill: '#f8ebf4', text: '#6f3860' },
];

export const NO_TEAM_COLOUR: TeamColour = { stroke: '#6b7480', fill: '#f4f5f7', text: '#3d444d' };

export function teamColour(index: number | null): TeamColour {
  return index === null ? NO_TEAM_COLOUR : TEAM_COLOURS[index % TEAM_COLOURS.length];
}
