/**
 * Variant characters folded for search like Traditional → Simplified ones: the form staff
 * type (帐单, 妳, 衹) finds the form the cases use (账单, 你, 只) and the other way round.
 * Only variants whose two forms mean the same in customer-service writing are listed; pairs
 * that are different words (订金/定金, 象/像) are not. The same table folds index and query,
 * so a variant never matches less than before, only the other form too.
 */

/** Variant → the form it folds to (one character each). */
export const variantCharacters: Readonly<Record<string, string>> = {
	// 帐 (tent) and 账 (account) are written for each other in 帐单/帐户/对帐; 帐篷 is not in cases.
	帐: '账',
	// 著 for 着 (看著, 等著) in Taiwan and older mainland writing; 著名 stays findable as written.
	著: '着',
	妳: '你',
	牠: '它',
	姊: '姐',
	衹: '只',
	祇: '只',
	秖: '只',
	甦: '苏',
	瞭: '了',
	砲: '炮',
	礮: '炮',
	揹: '背',
	鎗: '枪',
	衞: '卫',
	仝: '同',
};

/** Applies the variant table and another converter until nothing changes (帳 → 帐 → 账). */
export function withVariants(convert: (char: string) => string): (char: string) => string {
	return (char) => {
		let current = char;
		for (let i = 0; i < 4; i++) {
			const next = variantCharacters[convert(current)] ?? convert(current);
			if (next === current) break;
			current = next;
		}
		return current;
	};
}
