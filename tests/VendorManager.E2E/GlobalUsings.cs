global using Microsoft.Playwright;
global using VendorManager.E2E.Infrastructure;
global using Xunit;
global using static Microsoft.Playwright.Assertions;
