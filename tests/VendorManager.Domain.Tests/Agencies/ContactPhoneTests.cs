using VendorManager.Domain.Agencies;

namespace VendorManager.Domain.Tests.Agencies;

public sealed class ContactPhoneTests
{
    [Theory]
    [InlineData("")]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("0571-88880000")]
    [InlineData("(0571) 8888 0000")]
    [InlineData("010-62345678")]
    [InlineData("0571-88880000-123")]
    [InlineData("0571-88880000转123")]
    [InlineData("+86 571 8888 0000")]
    [InlineData("400-123-4567")]
    public void A_mobile_a_landline_with_its_area_code_or_a_service_number_is_a_contact_phone(string phone)
    {
        Assert.True(ContactPhone.IsValid(phone));
    }

    [Theory]
    [InlineData("0571-1")]
    [InlineData("88880000")]
    [InlineData("1381234567")]
    [InlineData("12812345678")]
    [InlineData("0571-08880000")]
    [InlineData("57188880000")]
    [InlineData("电话 0571-88880000")]
    public void A_number_too_short_without_an_area_code_or_with_letters_is_not(string phone)
    {
        Assert.False(ContactPhone.IsValid(phone));
    }
}
