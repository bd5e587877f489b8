using VendorManager.Bench;

// dotnet run -c Release --project bench/VendorManager.Bench -- <command> [options]; bench/run.sh runs them all.
return await BenchCommands.RunAsync(args);
