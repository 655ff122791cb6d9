

def test_numbers_written_digit_by_digit():
    """Years in Chinese numerals both ways (二〇二六, 二○二六, 二零二六)."""
    from fzlint.textutil import cn_digits_to_int, digits_to_cn

    assert digits_to_cn(2026) == "二〇二六"
    assert [cn_digits_to_int(s) for s in ("二〇二六", "二○二六", "二零二五", "二十")] == [2026, 2026, 2025, None]
