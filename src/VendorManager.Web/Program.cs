using VendorManager.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddVendorManager();

var app = builder.Build();
app.MapVendorManager();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
