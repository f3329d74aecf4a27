// american-english ships no types: the two word tables read (British → American, American → British).
declare module "american-english" {
  const spelling: { us_spelling: Record<string, string>; uk_spelling: Record<string, string> };
  export default spelling;
}
