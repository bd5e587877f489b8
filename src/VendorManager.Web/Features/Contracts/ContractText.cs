namespace VendorManager.Web.Features.Contracts;

/// <summary>Marker for the contracts feature's resources (ContractText.resx, ContractText.en.resx).</summary>
public sealed class ContractText;
