using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Common;

/// <summary>
/// 人民币大写 on the worked examples of 《正确填写票据和结算凭证的基本规定》 and the edges of the range. Where the
/// rules give two forms the first is written; where they leave 整 after 角 to the writer it is written.
/// </summary>
public sealed class AmountInWordsTests
{
    [Theory]
    // The rules' own examples.
    [InlineData("1409.50", "壹仟肆佰零玖元伍角整")]
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元零叁角贰分")]
    [InlineData("107000.53", "壹拾万柒仟元零伍角叁分")]
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    // A statement's amounts.
    [InlineData("17100.00", "壹万柒仟壹佰元整")]
    [InlineData("8550.00", "捌仟伍佰伍拾元整")]
    [InlineData("100000.10", "壹拾万元零壹角整")]
    [InlineData("10.00", "壹拾元整")]
    [InlineData("1010.00", "壹仟零壹拾元整")]
    [InlineData("100001.00", "壹拾万零壹元整")]
    [InlineData("110000.00", "壹拾壹万元整")]
    // Gaps across the 万 and 亿 groups.
    [InlineData("100000000.00", "壹亿元整")]
    [InlineData("100007000.00", "壹亿零柒仟元整")]
    [InlineData("107000000.00", "壹亿零柒佰万元整")]
    [InlineData("110000000.00", "壹亿壹仟万元整")]
    [InlineData("100000000.05", "壹亿元零伍分")]
    [InlineData("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    // No whole yuan.
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角整")]
    [InlineData("0.15", "壹角伍分")]
    [InlineData("0.00", "零元整")]
    [InlineData("-1.00", "负壹元整")]
    [InlineData("-0.05", "负伍分")]
    public void An_amount_is_written_in_capitals_by_the_bill_rules(string yuan, string words)
    {
        Assert.Equal(words, new Money(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)).InWords());
    }

    [Theory]
    [InlineData(AmountInWords.LimitFen)]
    [InlineData(-AmountInWords.LimitFen)]
    public void One_wan_yi_yuan_and_beyond_is_refused_rather_than_miswritten(long fen)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountInWords.Of(fen));
    }
}
