using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;

namespace VendorManager.Persistence.Configurations;

internal sealed class ContractAssignmentConfiguration : IEntityTypeConfiguration<ContractAssignment>
{
    public void Configure(EntityTypeBuilder<ContractAssignment> builder)
    {
        builder.ToTable("ContractAssignments");
        builder.Property(a => a.Post).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(a => new { a.ContractId, a.StaffMemberId, a.Post }).IsUnique();
        builder.HasIndex(a => a.StaffMemberId);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
