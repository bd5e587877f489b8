using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Contracts;

namespace VendorManager.Persistence.Configurations;

internal sealed class ContractAccountConfiguration : IEntityTypeConfiguration<ContractAccount>
{
    public void Configure(EntityTypeBuilder<ContractAccount> builder)
    {
        builder.ToTable("ContractAccounts");
        builder.HasIndex(a => new { a.ContractId, a.AccountId }).IsUnique();
        builder.HasIndex(a => a.AccountId);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
